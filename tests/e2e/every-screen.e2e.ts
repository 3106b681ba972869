/**
 * Every screen and every tab, for every template of both statements: each loads, each view
 * opens, each Guidance section opens, with no page error, console error or CSP violation.
 */
import { afterEach, describe, it } from 'vitest';
import { tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const VIEWS = [
  'Quick estimate',
  'Details',
  'Minimum Scheme',
  'Enhanced Scheme',
  'Compare',
  'Guidance',
  'Drafts',
];
const GUIDANCE = ['Check a quote', 'What happens next', 'Ways to reduce the charge', 'Diversions'];

describe('every screen', () => {
  it('opens every view and Guidance section for every template (001 and 002)', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Start from a worked example' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start from a worked example' });
    // The list is loaded on demand: wait for it before reading every title.
    const firsts = dialog.locator('button.template > span:first-child');
    await firsts.first().waitFor({ timeout: TIMEOUT });
    const titles = await firsts.allInnerTexts();
    await dialog.getByRole('button', { name: 'Close' }).click();
    if (titles.length < 30) throw new Error(`Only ${titles.length} templates listed`);
    for (const title of titles) {
      await page.getByRole('button', { name: 'Start from a worked example' }).click();
      await dialog.getByRole('button', { name: title, exact: false }).first().click();
      await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
      for (const view of VIEWS) {
        await tab(page, view).click();
        if (view === 'Guidance') {
          for (const section of GUIDANCE) {
            await page
              .getByRole('navigation', { name: 'Guidance sections' })
              .getByRole('button', { name: section })
              .click({ timeout: TIMEOUT });
          }
        }
      }
      if (session.problems.length > 0) {
        throw new Error(`With “${title}”:\n- ${session.problems.join('\n- ')}`);
      }
    }
  }, 600_000);
});
