/**
 * Launches Debian's Chromium through playwright-core with a fresh profile, and watches
 * everything a shipped static app must never do. A session records, and `close()` fails on:
 * - any request that leaves localhost (every request is routed; others are aborted),
 * - any Content-Security-Policy violation (an init script listens for
 *   'securitypolicyviolation' in every page, records it in window.__cspViolations and
 *   reports it here at once),
 * - any uncaught page error, and any console error.
 * Nothing is allow-listed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { E2E_ARTIFACTS } from './paths.ts';
import { SUB_PATH } from './staticServer.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface Session {
  context: BrowserContext;
  /** The first page, opened on the app. */
  page: Page;
  /** The server's origin, e.g. http://localhost:4321. */
  origin: string;
  /** The app's address under the deep sub-path. */
  appUrl: string;
  /** Everything that went wrong so far, in plain words. */
  problems: string[];
  /** Opens another page (tab) in the same profile on the app. */
  openPage(url?: string): Promise<Page>;
  /** Fails with every recorded problem. */
  expectNoProblems(): void;
  /** Closes the browser and deletes the profile; throws if anything went wrong. */
  close(): Promise<void>;
}

interface CspWindow {
  __cspViolations: string[];
  __e2eReportCsp?: (text: string) => void;
}

function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      problems.push(`console error: ${message.text()} (${url}:${lineNumber})`);
    }
  });
}

/**
 * Launch Chromium with a new profile and open the app served at `origin`: under the
 * sub-path, or at the root. (Outside vitest too: the random walk script uses it.)
 */
export async function launchSession(
  origin: string,
  options: { atRoot?: boolean; touch?: boolean } = {},
): Promise<Session> {
  const appUrl = `${origin}${SUB_PATH}`;
  mkdirSync(E2E_ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(E2E_ARTIFACTS, 'profile-'));
  const problems: string[] = [];

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    // A phone: touch events and the mobile viewport (taps, the on-screen keyboard's insertText).
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.fallback();
    problems.push(`request left localhost: ${url.href}`);
    return route.abort('blockedbyclient');
  });
  await context.exposeBinding('__e2eReportCsp', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as CspWindow;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const text = `${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile}:${e.lineNumber} ${e.sample}`;
      w.__cspViolations.push(text);
      w.__e2eReportCsp?.(text);
    });
  });
  for (const page of context.pages()) watch(page, problems);
  context.on('page', (page) => watch(page, problems));

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(options.atRoot ? `${origin}/` : appUrl);

  const session: Session = {
    context,
    page,
    origin,
    appUrl,
    problems,
    async openPage(url = appUrl) {
      const p = await context.newPage();
      await p.goto(url);
      return p;
    },
    expectNoProblems() {
      if (problems.length > 0) {
        throw new Error(`The browser reported problems:\n- ${problems.join('\n- ')}`);
      }
    },
    async close() {
      // Violations recorded in a page but not yet reported (belt and braces).
      for (const p of context.pages()) {
        const seen = await p
          .evaluate(() => (window as unknown as CspWindow).__cspViolations ?? [])
          .catch(() => [] as string[]);
        for (const text of seen) {
          if (!problems.includes(`CSP violation: ${text}`)) problems.push(`CSP violation: ${text}`);
        }
      }
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      session.expectNoProblems();
    },
  };
  return session;
}
