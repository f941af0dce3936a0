import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = (p: string) => resolve(import.meta.dirname, p);

/**
 * The teacher page's charts (Svelte 5 + Chart.js): one script, out/centre/centre.js, served by the centre service
 * from its own address (CSP `script-src 'self'`; no inline script, no request elsewhere). Built by `npm run build`.
 */
export default defineConfig({
  root: here('electron/centre/web'),
  publicDir: false,
  resolve: { alias: { '@core': here('src/core'), '@shared': here('src/shared') } },
  plugins: [svelte({ configFile: here('svelte.config.js') })],
  build: {
    outDir: here('out/centre'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { centre: here('electron/centre/web/main.ts') },
      output: { format: 'es', entryFileNames: '[name].js', codeSplitting: false },
    },
  },
});
