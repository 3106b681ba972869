/**
 * Registers the service worker that vite-plugin-pwa generates (sw.js next to index.html),
 * so the app and its statements work offline after the first visit. workbox-window is
 * fetched with a dynamic import: it is not needed for the first paint, and the initial
 * bundle has a size budget (scripts/check-size.ts). Registration is from this module, never
 * an inline script, because the Content-Security-Policy forbids inline code.
 *
 * A new version waits until the user agrees (registerType 'prompt'): `onNeedRefresh`
 * receives a function that lets the waiting worker take over and reloads the page once it
 * controls it.
 */
export interface RegisterOptions {
  onNeedRefresh: (activate: () => void) => void;
}

export async function registerServiceWorker(options: RegisterOptions): Promise<boolean> {
  // The dev server has no worker to register (vite-plugin-pwa builds it with the app).
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return false;
  const { Workbox } = await import('workbox-window');
  // Relative to the page: the worker lives beside index.html under any sub-path.
  const wb = new Workbox('./sw.js');
  wb.addEventListener('waiting', () => {
    options.onNeedRefresh(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  await wb.register();
  return true;
}
