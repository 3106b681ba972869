/**
 * axe-core on each section of the built app (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA). axe is
 * loaded by URL from the test server's own origin, so the app's CSP needs no exception.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExample3, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
  await session.page.getByTestId('quick-range').waitFor({ timeout: TIMEOUT });
  await waitForSaved(session.page);
});
afterAll(async () => {
  await session.close();
});

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: `${session.origin}/__e2e/axe.min.js` });
  }
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, options: unknown) => Promise<{ violations: unknown[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}

const SECTIONS: { label: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    label: 'Details',
    ready: (page) =>
      page.getByRole('main').getByRole('textbox').first().waitFor({ timeout: TIMEOUT }),
  },
  {
    label: 'Minimum Scheme',
    ready: (page) =>
      page.getByRole('grid', { name: 'Minimum Scheme cost lines' }).waitFor({ timeout: TIMEOUT }),
  },
  {
    label: 'Quick estimate',
    ready: (page) => page.getByTestId('quick-range').waitFor({ timeout: TIMEOUT }),
  },
  {
    label: 'Enhanced Scheme',
    ready: (page) =>
      page
        .getByRole('main')
        .getByRole('heading', { name: 'Enhanced Scheme', exact: true })
        .waitFor({ timeout: TIMEOUT }),
  },
  {
    label: 'Compare',
    ready: (page) => page.getByTestId('chart-scheme-breakdown').waitFor({ timeout: TIMEOUT }),
  },
  {
    label: 'Guidance',
    ready: (page) =>
      page.getByRole('main').getByRole('heading').first().waitFor({ timeout: TIMEOUT }),
  },
  {
    label: 'Drafts',
    ready: (page) =>
      page
        .getByRole('region', { name: 'Saved estimates' })
        .getByRole('table')
        .waitFor({ timeout: TIMEOUT }),
  },
];

/** Lazy views show a loading status first; wait until it has gone. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('main [role="status"]')].some((s) =>
        /^Loading/.test(s.textContent?.trim() ?? ''),
      ),
    undefined,
    { timeout: TIMEOUT },
  );
}

describe('accessibility (axe-core)', () => {
  it('finds no WCAG 2.2 AA violations on the first screen (the example Quick estimate)', async () => {
    await settled(session.page);
    expect(await axe(session.page)).toEqual([]);
  });

  // Every section, on an estimate with lines in both schemes.
  let isExampleOpen = false;
  for (const section of SECTIONS) {
    it(`finds no WCAG 2.2 AA violations on ${section.label}`, async () => {
      const { page } = session;
      if (!isExampleOpen) {
        await openExample3(page);
        isExampleOpen = true;
      }
      await tab(page, section.label).click();
      await section.ready(page);
      await settled(page);
      expect(await axe(page)).toEqual([]);
    });
  }
});
