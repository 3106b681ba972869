/**
 * The guards themselves can fail: a session that sees a CSP violation, a request leaving
 * localhost, a console error or an uncaught error refuses to close cleanly.
 */
import { describe, expect, it } from 'vitest';
import { TIMEOUT } from './app.ts';
import { startSession } from './browser.ts';

describe('the end-to-end guards', () => {
  it('fail a session on a CSP violation, an outside request, a console error or a page error', async () => {
    const session = await startSession();
    const { page, context } = session;
    await page.getByTestId('quick-range').waitFor({ timeout: TIMEOUT });
    session.expectNoProblems();

    // Inline style: refused by style-src 'self'.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    // A navigation to another host: aborted by the route guard.
    const other = await context.newPage();
    await expect(other.goto('https://example.org/')).rejects.toThrow();
    await other.close();
    await page.evaluate(() => console.error('a console error from the test'));
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('an uncaught error from the test');
      });
    });
    await page.waitForTimeout(300);

    const closing = session.close();
    await expect(closing).rejects.toThrow(/CSP violation: style-src/);
    await expect(closing).rejects.toThrow(/request left localhost: https:\/\/example\.org\//);
    await expect(closing).rejects.toThrow(/console error: a console error from the test/);
    await expect(closing).rejects.toThrow(/page error: an uncaught error from the test/);
  });

  it('send the CSP and the recommended headers from the test server', async () => {
    const session = await startSession();
    const response = await session.page.reload();
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-cache');
    // The same policy as a <meta> tag in the built page, for hosts that cannot set headers.
    const meta = await session.page.$eval(
      'meta[http-equiv="Content-Security-Policy"]',
      (m) => (m as HTMLMetaElement).content,
    );
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("style-src 'self'");
    await session.close();
  });
});
