// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../src/App.svelte';

// The statements the app fetches from statements/ next to it, served from public/.
beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const file = resolve(process.cwd(), 'public/statements', url.split('/').pop() ?? '');
    return { ok: true, status: 200, text: async () => readFileSync(file, 'utf8') };
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('App', () => {
  it('shows the Quick estimate at once, then opens drafts storage and saves', async () => {
    render(App);
    // The first screen does not wait for storage: a new user's first tab is the Quick estimate,
    // and "What you pay" has the example's figure once the statement is in.
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    expect(within(nav).getByRole('button', { name: 'Quick estimate' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByText('Opening your drafts…')).toBeInTheDocument();
    expect(
      await screen.findByText(
        '£23,978.50',
        { selector: '[data-testid="payable-bar"] strong' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Quick estimate', level: 2 }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^Saved /, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make a share link' })).toBeInTheDocument();
    // Still the Quick estimate once the stored first draft has taken the screen's place.
    expect(within(nav).getByRole('button', { name: 'Quick estimate' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByTestId('quick-example')).toHaveTextContent('These are example answers');
  });

  it('loads the Compare, Guidance and Drafts views when their tabs are opened', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    await user.click(within(nav).getByRole('button', { name: 'Compare' }));
    // The first visit's example: 12 homes, the midpoints of £18,777 – £29,180.
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Minimum and Enhanced Schemes side by side' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('£23,978.50');
    await user.click(within(nav).getByRole('button', { name: 'Guidance' }));
    expect(
      await screen.findByRole('heading', { name: 'Guidance' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Drafts' }));
    expect(
      await screen.findByRole('heading', { name: 'Saved estimates' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
