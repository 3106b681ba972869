/**
 * The Quick estimate as a new user meets it, in Chromium: five journeys from the issue, each
 * reaching a range with its assumptions and exclusions in at most ten answers. The figures
 * are worked out by hand from the rows of the Indigo Power statement V1.7 (001 §7 Parts C,
 * F; §5 worked examples for items priced on application); see docs/quick-estimate.md.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cell,
  chargeRow,
  grid,
  loadExample,
  openExample3,
  tab,
  TIMEOUT,
  waitForSaved,
} from './app.ts';
import { GLOSSARY, type GlossaryEntry } from '../../src/quick/glossary.ts';
import { startSession, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const quick = (page: Page) => page.getByRole('region', { name: 'Quick estimate' });

/** Opens the Quick estimate with the default answers. */
async function openQuick(page: Page): Promise<void> {
  await tab(page, 'Quick estimate').click();
  await quick(page)
    .getByRole('heading', { name: 'Quick estimate', level: 2 })
    .waitFor({ timeout: TIMEOUT });
  await quick(page).getByRole('button', { name: 'Start again' }).click();
}

async function choose(page: Page, what: string): Promise<void> {
  await quick(page).getByRole('radio', { name: what }).check();
}

async function range(page: Page): Promise<string> {
  const el = quick(page).getByTestId('quick-range');
  await el.waitFor({ timeout: TIMEOUT });
  return el.innerText();
}

async function capacity(page: Page): Promise<string> {
  return quick(page).getByTestId('quick-capacity').innerText();
}

/** The assumptions and exclusions are listed, and every term on the path can be explained. */
async function expectExplained(page: Page): Promise<void> {
  const q = quick(page);
  await expect(
    q.getByRole('heading', { name: 'What we assumed', exact: true }).isVisible(),
  ).resolves.toBe(true);
  await expect(
    q.getByRole('heading', { name: 'Not included', exact: true }).isVisible(),
  ).resolves.toBe(true);
  // The Required Capacity's "?" opens its meaning, with the statement's definition (001 §8).
  const help = q.getByRole('button', { name: 'What does “Required Capacity” mean?' });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(help.getAttribute('aria-expanded')).resolves.toBe('true');
  await q.getByText('is the Maximum Capacity agreed with the Customer', { exact: false }).waitFor();
  await page.keyboard.press('Escape');
  await expect(help.getAttribute('aria-expanded')).resolves.toBe('false');
  await expectEveryTermExplained(page);
}

/**
 * No unexplained term on the path: every glossary term that appears in the visible text of
 * the Quick estimate (closed "Why?" and "How we worked it out" sections are not visible) has
 * a "?" beside it somewhere on the screen.
 */
async function expectEveryTermExplained(page: Page): Promise<void> {
  await expectTermsExplainedIn(quick(page), 'the Quick estimate');
}

/** Every glossary term in the visible text of `scope` has its "?" within `scope`. */
async function expectTermsExplainedIn(scope: Locator, what: string): Promise<void> {
  const text = await scope.innerText();
  const missing: string[] = [];
  for (const entry of Object.values(GLOSSARY) as GlossaryEntry[]) {
    if (!entry.pattern || !new RegExp(entry.pattern).test(text)) continue;
    const help = scope.getByRole('button', { name: `What does “${entry.term}” mean?` });
    if ((await help.count()) === 0) missing.push(entry.term);
  }
  expect(missing, `terms in ${what} without a “?”`).toEqual([]);
}

describe('Quick estimate journeys (001)', () => {
  it('12 homes with heat pumps, 40 m from the road, verge', async () => {
    const { page } = session;
    await openQuick(page);
    await choose(page, 'New homes');
    await quick(page).getByLabel('How many homes?').fill('12');
    await quick(page).getByLabel('How will they be heated?').selectOption('heat-pump');
    await quick(page)
      .getByLabel('How far is the nearest road with an electricity cable?')
      .fill('40');
    await quick(page).getByLabel('What is the ground between?').selectOption('verge');
    // 12 × 4.5 kVA (heat pump + EV, EV assumed). Main 150 m: F5-04 £977–£1,460 + 140 m × F5-02
    // £44–£66; 12 × F3-01 £970–£1,460; C-05 £0–£960: £18,777 – £29,180.
    await expect(capacity(page)).resolves.toBe('54 kVA');
    await expect(range(page)).resolves.toMatch(
      /^£18,777\.00 – £29,180\.00 if the local network has capacity/,
    );
    await quick(page)
      .getByText('EV charger not known: one per home assumed', { exact: false })
      .waitFor();
    await expect(quick(page).getByTestId('quick-scenario-local-lv').innerText()).resolves.toMatch(
      /^Up to £[\d,.]+ if the local substation’s transformer must be replaced/,
    );
    await expectExplained(page);

    // Open the result in the expert grid: the same lines, the same total.
    await quick(page).getByRole('button', { name: 'Open in the expert grid' }).click();
    await page
      .getByRole('grid', { name: 'Minimum Scheme cost lines' })
      .waitFor({ timeout: TIMEOUT });
    await expect(chargeRow(page).getByRole('cell').nth(1).innerText()).resolves.toBe('£23,978.50');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Quick estimate: 12 new homes',
    );
  });

  it('one house going from single- to three-phase', async () => {
    const { page } = session;
    await openQuick(page);
    await choose(page, 'More power for an existing home or business');
    await quick(page).getByLabel('Your supply now').selectOption('1');
    await quick(page).getByLabel('Phases you want').selectOption('3');
    await quick(page)
      .getByLabel('How far is the nearest road with an electricity cable?')
      .fill('5');
    await quick(page).getByLabel('What is the ground between?').selectOption('footpath');
    // Fuse not known: 60 A, 13.8 kVA; three-phase 60 kVA (Part F2 heading). F2-11 £2,780–£4,170
    // + C-04 £0–£400.
    await expect(capacity(page)).resolves.toBe('60 kVA');
    await expect(range(page)).resolves.toMatch(
      /^£2,780\.00 – £4,570\.00 if the local network has capacity/,
    );
    await quick(page)
      .getByText('Existing main fuse when you do not know it: 60 A per phase')
      .waitFor();
    await expectExplained(page);
  });

  it('a café adding 2 × 22 kW chargers', async () => {
    const { page } = session;
    await openQuick(page);
    await choose(page, 'More power for an existing home or business');
    await quick(page).getByLabel('Your supply now').selectOption('3');
    await quick(page).getByLabel('Its main fuse').fill('100');
    await quick(page).getByLabel('Phases you want').selectOption('3');
    await quick(page).getByLabel('EV chargers').fill('2');
    await quick(page).getByLabel('Power of each charger').fill('22');
    await quick(page)
      .getByLabel('How far is the nearest road with an electricity cable?')
      .fill('5');
    await quick(page).getByLabel('What is the ground between?').selectOption('footpath');
    // 3 × 0.23 × 100 = 69 kVA + 44 kVA = 113 kVA. F3-08 £3,300–£4,950 + F3-09 £1,420–£2,120
    // + C-06 £0–£1,260.
    await expect(capacity(page)).resolves.toBe('113 kVA');
    await expect(range(page)).resolves.toMatch(
      /^£4,720\.00 – £8,330\.00 if the local network has capacity/,
    );
    await quick(page)
      .getByRole('complementary', { name: 'Connect and notify (heat pumps and EV chargers)' })
      .waitFor();
    await expectExplained(page);
  });

  it('500 kW of solar at HV, 300 m from an 11 kV line', async () => {
    const { page } = session;
    await openQuick(page);
    await choose(page, 'Solar panels, a wind turbine or a battery');
    await quick(page).getByLabel('What kind?').selectOption('solar');
    await quick(page).getByLabel('How much power will it send to the network?').fill('500');
    await quick(page).getByLabel('Connect at').selectOption('HV');
    await quick(page)
      .getByLabel(/How far is the nearest road or line/)
      .fill('300');
    await quick(page).getByLabel('What is the ground between?').selectOption('verge');
    // F5-16 £2,865–£4,297 + 280 m × F5-14 £95–£143 + HV joint £1,400–£5,000 (Ex 5, 3A, 12)
    // + switchgear £10,000–£50,000 (Ex 5, 7A, 12) + C-20 £2,400–£11,030.
    await expect(capacity(page)).resolves.toBe('500 kVA');
    await expect(range(page)).resolves.toMatch(
      /^£43,265\.00 – £110,367\.00 if the local network has capacity/,
    );
    // HV overlay £124,800, 500 / 8,000 kVA, £200/kW × 500 kW = £100,000: 6.25 % × £100,000 +
    // £24,800 = £31,050 more at the high end: £141,417.
    await expect(quick(page).getByTestId('quick-scenario-hv').innerText()).resolves.toMatch(
      /^Up to £141,417\.00 if the HV feeder must be reinforced \(you would pay 24\.9 % of it/,
    );
    await quick(page).getByText('illustrative, not a firm price').first().waitFor();
    await expectExplained(page);
  });

  it('a 1 MW battery', async () => {
    const { page } = session;
    await openQuick(page);
    await choose(page, 'Solar panels, a wind turbine or a battery');
    await quick(page).getByLabel('What kind?').selectOption('battery');
    await quick(page).getByLabel('How much power will it send to the network?').fill('1000');
    // 1,000 kVA: LV (001 §3.18), new substation (over 300 kVA); 10 m and footpath assumed.
    // F5-15 £4,892–£7,338 + joint £1,400–£5,000 + substation £17,000–£149,292 (Ex 3A, 4, 8A;
    // Part F6) + F3-17 £3,550–£5,330 + C-20 £2,400–£11,030; land rights on application.
    await expect(capacity(page)).resolves.toBe('1000 kVA');
    await expect(range(page)).resolves.toMatch(
      /^£29,242\.00 – £177,990\.00 if the local network has capacity/,
    );
    await quick(page)
      .getByRole('heading', { name: 'Priced on application (not included)' })
      .waitFor();
    await expectExplained(page);
  });
});

describe('answers kept in the draft, and Details driving the scheme', () => {
  it('reopens the answers after a reload, and rebuilds from a change in Details', async () => {
    const { page } = session;
    await openQuick(page);
    await choose(page, 'New homes');
    await quick(page).getByLabel('How many homes?').fill('12');
    await quick(page).getByLabel('How will they be heated?').selectOption('heat-pump');
    await quick(page)
      .getByLabel('How far is the nearest road with an electricity cable?')
      .fill('40');
    await quick(page).getByLabel('What is the ground between?').selectOption('verge');
    await quick(page).getByRole('button', { name: 'Use these figures in this estimate' }).click();
    await waitForSaved(page);
    await page.reload();
    await waitForSaved(page);
    await tab(page, 'Quick estimate').click();
    await expect(quick(page).getByLabel('How many homes?').inputValue()).resolves.toBe('12');
    await expect(quick(page).getByLabel('How will they be heated?').inputValue()).resolves.toBe(
      'heat-pump',
    );
    await expect(
      quick(page).getByLabel('How far is the nearest road with an electricity cable?').inputValue(),
    ).resolves.toBe('40');
    await expect(capacity(page)).resolves.toBe('54 kVA');

    // No EV chargers after all: the Details re-run the build (12 × 3 kVA), lines as built.
    await tab(page, 'Details').click();
    await page.getByLabel('An EV charger at each home').selectOption('no');
    await page.getByText('The scheme was rebuilt from these details: 36 kVA').waitFor();
    await expect(
      page.getByRole('textbox', { name: 'Import capacity, kVA' }).inputValue(),
    ).resolves.toBe('36');
  });

  it('housing starter changed to 12 heat-pump homes: warned, and fixed in one click each', async () => {
    const { page } = session;
    await loadExample(page, /Starter: a housing development/);
    await tab(page, 'Details').click();
    await page.getByRole('spinbutton', { name: 'Number of connections or plots' }).fill('12');
    await page.getByRole('combobox', { name: 'Heating' }).selectOption('heat-pump');
    const warn = page.getByRole('status', { name: 'The scheme does not match these details' });
    await warn.getByText('The Minimum Scheme has 30 services for 12 homes.').waitFor();
    await warn.getByText('The Required Capacity is 75 kVA for 12 heat-pump homes').waitFor();
    await warn.getByRole('button', { name: 'Make it 12 services' }).click();
    await warn.getByRole('button', { name: 'Use 54 kVA' }).click();
    await warn.waitFor({ state: 'detached', timeout: TIMEOUT });
    await expect(
      page.getByRole('textbox', { name: 'Import capacity, kVA' }).inputValue(),
    ).resolves.toBe('54');
  });
});

describe('the expert screens explain their terms too', () => {
  it('tab names, grid headings, a line’s “Why?”, the rules and Compare each have their “?”', async () => {
    const { page } = session;
    await openExample3(page);
    await tab(page, 'Minimum Scheme').click();
    await grid(page).waitFor({ timeout: TIMEOUT });

    // The tabs named by expert terms.
    const nav = page.getByRole('navigation', { name: 'Estimate sections' });
    await expectTermsExplainedIn(nav, 'the tab names');
    await nav.getByRole('button', { name: 'What does “Minimum Scheme” mean?' }).waitFor();

    // The grid's column headings: the "?" opens by keyboard, the heading keeps its name, and
    // the grid's own keys still move among the cells.
    const headings = grid(page).getByRole('row').first();
    await expectTermsExplainedIn(headings, 'the grid’s column headings');
    const contestable = grid(page).getByRole('columnheader', { name: 'Contestable', exact: true });
    const help = contestable.getByRole('button', { name: 'What does “Contestable work” mean?' });
    await help.focus();
    await page.keyboard.press('Enter');
    await expect(help.getAttribute('aria-expanded')).resolves.toBe('true');
    await contestable
      .getByText('an accredited contractor (an ICP) could do', { exact: false })
      .waitFor();
    await page.keyboard.press('Escape');
    await expect(help.getAttribute('aria-expanded')).resolves.toBe('false');
    await cell(page, 'Quantity, line 1').click();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).resolves.toMatch(/Unit, line 1$/);

    // A line's "Why?".
    await cell(page, 'Why, line 1').click();
    await page.keyboard.press('Enter');
    const why = grid(page).locator('.why-row');
    await why.waitFor({ timeout: TIMEOUT });
    await expectTermsExplainedIn(why, 'a line’s “Why?”');

    // The rules in use, with the readings open.
    const rules = page.getByRole('region', { name: 'Charging statement and rules' });
    const readings = rules.getByText('Where the documents leave a choice', { exact: false });
    if ((await readings.count()) > 0) await readings.click();
    await expectTermsExplainedIn(rules, 'the rules panel');

    // Compare, with its what-if, ICP and capacity parts.
    await tab(page, 'Compare').click();
    const compare = page.getByRole('region', { name: 'Minimum and Enhanced Schemes side by side' });
    await compare.getByTestId('compare-payable').waitFor({ timeout: TIMEOUT });
    await expectTermsExplainedIn(compare, 'the Compare view');

    // Every tab (Details, the fees, Guidance, Ready to apply?, Drafts too): each term on
    // screen has its "?" somewhere on the screen.
    for (const label of await nav.locator('button.tab').allInnerTexts()) {
      await tab(page, label.trim()).click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await expectTermsExplainedIn(page.locator('body'), `the ${label.trim()} tab`);
    }
  });
});
