// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';

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
  it('shows the editor at once, then opens drafts storage and saves', async () => {
    render(App);
    // The first screen does not wait for storage: the grid is there from the first render.
    expect(screen.getByRole('grid', { name: 'Minimum Scheme cost lines' })).toBeInTheDocument();
    expect(screen.getByText('Opening your drafts…')).toBeInTheDocument();
    expect(await screen.findByText(/^Saved /, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make a share link' })).toBeInTheDocument();
  });

  it('loads the Compare, Guidance and Drafts views when their tabs are opened', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    await user.click(within(nav).getByRole('button', { name: 'Compare' }));
    // Ex 3B: £63,100 + 20 % × £9,000 = £64,900 (001 §5 Ex 3B).
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Minimum and Enhanced Schemes side by side' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('£64,900.00');
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
