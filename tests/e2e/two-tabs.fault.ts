/**
 * Two tabs on one draft: an idle tab quietly shows the other tab's save; when both edit
 * before either has saved, the tab told of the conflict keeps both and neither edit is lost.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { recordFault } from './faultTable.ts';
import { shownTitle, storedTitles, typeTitle } from './storedDrafts.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const CONFLICT = 'This draft was changed in another tab';

function conflictAlert(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: CONFLICT }) });
}

describe('two tabs', () => {
  it('an idle tab follows; edits in both are kept both', async () => {
    session = await startSession();
    const first = session.page;
    await waitForSaved(first);
    const second = await session.openPage();
    await waitForSaved(second);

    await typeTitle(first, 'Typed in the first tab');
    await waitForSaved(first);
    let followed = false;
    for (let i = 0; i < 40 && !followed; i += 1) {
      followed = (await shownTitle(second)) === 'Typed in the first tab';
      if (!followed) await second.waitForTimeout(250);
    }
    const isQuiet = (await conflictAlert(second).count()) === 0;
    recordFault('two tabs: the idle tab shows the other tab’s save', followed && isQuiet);
    expect(followed).toBe(true);
    expect(isQuiet).toBe(true);
    await waitForSaved(second);

    // Both edit before either has saved.
    const box = (page: Page) => page.getByRole('textbox', { name: 'Title' });
    await Promise.all([box(first).fill('Both: first'), box(second).fill('Both: second')]);
    const told = async (page: Page) => {
      await conflictAlert(page).waitFor({ timeout: TIMEOUT });
      return page;
    };
    const loser = await Promise.race([told(first), told(second)]);
    await conflictAlert(loser)
      .getByRole('button', { name: 'Keep both (save mine as a copy)' })
      .click();
    await conflictAlert(loser).waitFor({ state: 'detached', timeout: TIMEOUT });
    await waitForSaved(loser);
    const titles = await storedTitles(loser);
    const mine = loser === first ? 'Both: first' : 'Both: second';
    const theirs = loser === first ? 'Both: second' : 'Both: first';
    const isKept = titles.includes(theirs) && titles.some((t) => t.startsWith(mine));
    recordFault('two tabs: both edit, keep both', isKept);
    expect(titles).toContain(theirs);
    expect(
      titles.some((t) => t.startsWith(mine)),
      titles.join(', '),
    ).toBe(true);
  });
});
