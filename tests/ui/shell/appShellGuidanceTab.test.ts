// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AppShell from '../../../src/ui/shell/AppShell.svelte';
import { makeEditor } from '../editorHarness';

afterEach(cleanup);

const guidance = createRawSnippet(() => ({ render: () => '<h2>Guidance goes here</h2>' }));

describe('app shell, Guidance tab', () => {
  it('offers a Guidance tab when the app plugs guidance in, and shows it', async () => {
    const user = userEvent.setup();
    render(AppShell, { props: { editor: makeEditor(), guidance } });
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    // The tabs' "?" is fetched just after first paint.
    await within(nav).findByRole('button', { name: 'What does “Enhanced Scheme” mean?' });
    const names = within(nav)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    // The tabs named by expert terms have their "?" beside them.
    expect(names).toEqual([
      'Details',
      'Minimum Scheme',
      'What does “Minimum Scheme” mean?',
      'Enhanced Scheme',
      'What does “Enhanced Scheme” mean?',
      'Compare',
      'Guidance',
    ]);
    await user.click(within(nav).getByRole('button', { name: 'Guidance' }));
    expect(screen.getByRole('heading', { name: 'Guidance goes here' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Guidance' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('has no Guidance tab without guidance', () => {
    render(AppShell, { props: { editor: makeEditor() } });
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    expect(within(nav).queryByRole('button', { name: 'Guidance' })).not.toBeInTheDocument();
  });
});
