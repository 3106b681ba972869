/**
 * A component fetched the first time it is shown (a dynamic import, its own chunk), so the
 * first screen does not wait for views it does not show. The loaded component is kept, so
 * coming back to a view shows it at once; a failed load is forgotten, so "Try again" fetches
 * again (e.g. once the connection is back).
 */
import type { Component } from 'svelte';

/** Any component: each Component<Props> is a Component<never>, whatever its props. */
export type AnyComponent = Component<never>;

export interface LazyComponent<C extends AnyComponent> {
  /** The component once loaded; null before. */
  readonly loaded: C | null;
  load(): Promise<C>;
}

export function lazyComponent<C extends AnyComponent>(
  importer: () => Promise<{ default: C }>,
): LazyComponent<C> {
  let loaded: C | null = null;
  let pending: Promise<C> | null = null;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      pending ??= importer().then(
        (module) => (loaded = module.default),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}
