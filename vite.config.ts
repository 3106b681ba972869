import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` makes every asset URL relative, so the built app runs from any
// static host and any sub-path (e.g. https://example.org/some/where/estimator/).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
