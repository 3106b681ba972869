/**
 * Work that must finish before a new version of the app takes over the page, such as
 * saving the draft being edited. The update prompt runs every hook, and reloads only when
 * all of them have finished, so an update never throws away unsaved work.
 */
export type BeforeUpdateReloadHook = () => Promise<void> | void;

const hooks = new Set<BeforeUpdateReloadHook>();

/** Register a hook; returns a function that removes it. */
export function onBeforeUpdateReload(fn: BeforeUpdateReloadHook): () => void {
  hooks.add(fn);
  return () => {
    hooks.delete(fn);
  };
}

/**
 * Runs every hook (together) and waits for all of them. Rejects with the first failure, so
 * the caller can keep the page as it is and say why.
 */
export async function runBeforeUpdateReload(): Promise<void> {
  const results = await Promise.allSettled([...hooks].map(async (fn) => fn()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
