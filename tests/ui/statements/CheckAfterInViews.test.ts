// @vitest-environment jsdom
// The statement's "check after" warning (001 footer: "valid at 23/11/25, check after this
// date for validity") shows in the statement bar, which stays above every view (Compare and
// Guidance included), once: not repeated inside a view. Today is passed in from the app's clock.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { DB_NAME } from '../../../src/storage/db';

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const text = readFileSync(
      resolve(process.cwd(), 'public/statements', url.split('/').pop() ?? ''),
      'utf8',
    );
    return { ok: true, status: 200, text: async () => text };
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await Dexie.delete(DB_NAME);
});

const WARNING =
  /^Check for a newer statement\. This statement says to check for a newer version after 23 November 2025/;

describe('check-after warning in the views', () => {
  it('after the date: once, in the statement bar, on every view', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-01T10:00:00Z'));
    const user = userEvent.setup();
    render(App);
    await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
    const bar = screen.getByRole('region', { name: 'Charging statement and rules' });
    expect(await within(bar).findByText(/Check for a newer statement/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    const warningsOnPage = () =>
      screen.getAllByRole('status').filter((s) => WARNING.test(s.textContent?.trim() ?? ''));
    await user.click(within(nav).getByRole('button', { name: 'Compare' }));
    expect(warningsOnPage()).toHaveLength(1);
    expect(within(bar).getByText(/Check for a newer statement/)).toBeVisible();
    await user.click(within(nav).getByRole('button', { name: 'Guidance' }));
    expect(warningsOnPage()).toHaveLength(1);
  });

  it('on the date itself: no warning anywhere', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-11-23T10:00:00Z'));
    const user = userEvent.setup();
    render(App);
    await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    await user.click(within(nav).getByRole('button', { name: 'Compare' }));
    expect(screen.queryByText(/Check for a newer statement/)).toBeNull();
  });
});
