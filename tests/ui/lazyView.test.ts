// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../src/ui/lazyComponent';
import { compareView, draftLibrary, guidanceView } from '../../src/ui/shell/lazyViews';
import Greeting from './fixtures/Greeting.svelte';
import LazyGreeting from './fixtures/LazyGreeting.svelte';

afterEach(cleanup);

/** An importer the test settles by hand, like a chunk still on its way. */
function controlledImporter() {
  const attempts: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const importer = vi.fn(
    () =>
      new Promise<{ default: typeof Greeting }>((resolve, reject) => {
        attempts.push({ resolve: () => resolve({ default: Greeting }), reject });
      }),
  );
  return { importer, attempts };
}

describe('LazyView', () => {
  it('says what is loading, then shows the view with its props', async () => {
    const { importer, attempts } = controlledImporter();
    render(LazyGreeting, { component: lazyComponent(importer), name: 'Ada' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    attempts[0]!.resolve();
    expect(await screen.findByRole('heading', { name: 'Hello, Ada' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('explains a failed load in plain words and loads again on "Try again"', async () => {
    const { importer, attempts } = controlledImporter();
    render(LazyGreeting, { component: lazyComponent(importer), name: 'Ada' });
    attempts[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The greeting could not be loaded');
    expect(alert).toHaveTextContent(/check that you are online/);
    expect(alert).not.toHaveTextContent('Failed to fetch');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(importer).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    attempts[1]!.resolve();
    expect(await screen.findByRole('heading', { name: 'Hello, Ada' })).toBeInTheDocument();
  });

  it('shows a view loaded before at once, without fetching it again', async () => {
    const { importer, attempts } = controlledImporter();
    const component = lazyComponent(importer);
    const loading = component.load();
    attempts[0]!.resolve();
    await loading;
    render(LazyGreeting, { component, name: 'Grace' });
    expect(screen.getByRole('heading', { name: 'Hello, Grace' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(1);
  });
});

describe('lazyComponent', () => {
  it('fetches once however many views ask at the same time', async () => {
    const { importer, attempts } = controlledImporter();
    const component = lazyComponent(importer);
    const first = component.load();
    const second = component.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(component.loaded).toBeNull();
    attempts[0]!.resolve();
    expect(await first).toBe(Greeting);
    expect(await second).toBe(Greeting);
    expect(component.loaded).toBe(Greeting);
  });

  it('forgets a failed fetch, so the next load tries again', async () => {
    const { importer, attempts } = controlledImporter();
    const component = lazyComponent(importer);
    const failing = component.load();
    attempts[0]!.reject(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(component.loaded).toBeNull();
    const retry = component.load();
    expect(importer).toHaveBeenCalledTimes(2);
    attempts[1]!.resolve();
    expect(await retry).toBe(Greeting);
  });

  it("loads the app's on-demand views: Compare, Guidance and Drafts", async () => {
    const [compare, guidance, library] = await Promise.all([
      import('../../src/ui/compare/CompareView.svelte'),
      import('../../src/ui/guidance/GuidanceView.svelte'),
      import('../../src/ui/library/DraftLibrary.svelte'),
    ]);
    expect(await compareView.load()).toBe(compare.default);
    expect(await guidanceView.load()).toBe(guidance.default);
    expect(await draftLibrary.load()).toBe(library.default);
  });
});
