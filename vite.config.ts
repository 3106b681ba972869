import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/pwa/contentSecurityPolicy.ts';
import { checkedStatements } from './build/checkedStatements.ts';
import { firstScreen } from './build/firstScreen.ts';
import { zipXlsxInPage } from './build/zipXlsxInPage.ts';

/**
 * Adds the CSP as a <meta> tag to the built index.html only: the dev server injects
 * CSS through <style> elements for hot reload, which this policy (rightly) refuses.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// `base: './'` makes every asset URL relative, so the built app runs from any
// static host and any sub-path (e.g. https://example.org/some/where/estimator/).
export default defineConfig({
  base: './',
  // Served through the plugins in dev too, so zipXlsxInPage redirects its fflate import.
  optimizeDeps: { exclude: ['write-excel-file'] },
  plugins: [
    svelte(),
    zipXlsxInPage(),
    checkedStatements(),
    // A first visit lands on the Quick estimate, worked out by the engine as soon as the
    // statement is in: both are fetched with the entry rather than after it.
    firstScreen(['src/ui/quick/QuickEstimateView.svelte', 'src/engine/computeEstimate.ts']),
    contentSecurityPolicyMeta(),
    VitePWA({
      strategies: 'generateSW',
      // The user decides when a new version takes over (src/pwa/UpdatePrompt.svelte),
      // so an autosave can flush first.
      registerType: 'prompt',
      // src/pwa/registerServiceWorker.ts registers from the app's own module: no inline script.
      injectRegister: false,
      // Relative scope: the worker controls whatever folder the app is served from.
      scope: './',
      base: './',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: './',
        name: 'Connection charge estimator',
        short_name: 'Charge estimator',
        description:
          'Budget estimates of UK electricity network connection charges, from the published charging statements. Works offline.',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d3f8f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell, every lazily loaded chunk (charts, PDF export) and the
        // statements, so that nothing needs the network after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        globIgnores: ['**/.vite/**', '**/node_modules/**'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // First visit: take control at once so lazy chunks load from the cache offline.
        // Updates still wait for the user (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  // The PDF worker (src/export/pdf/pdfWorker.ts) is a module worker sharing chunks with
  // the page; the CSP allows it as a same-origin script.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // scripts/check-size.ts reads the chunk graph from dist/.vite/manifest.json.
    manifest: true,
    // The polyfill is injected as an inline script, which the CSP forbids; every
    // browser that runs ES2022 modules supports modulepreload natively.
    modulePreload: { polyfill: false },
    // Inlined assets would become data: URLs for fonts too, which the CSP refuses.
    assetsInlineLimit: 0,
  },
});
