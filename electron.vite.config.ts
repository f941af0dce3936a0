import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CSP, DEV_CSP, cspMeta } from './src/shared/csp';

const here = (p: string) => resolve(import.meta.dirname, p);
/** `@core/…` and `@shared/…` for every runtime (the same map as tsconfig.json's paths). */
export const aliases = { '@core': here('src/core'), '@shared': here('src/shared') };

/** Writes the renderer's CSP meta tag from src/shared/csp.ts (the dev server gets the development policy). */
function cspMetaTag(): Plugin {
  let dev = false;
  return {
    name: 'sgl-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${cspMeta(dev ? DEV_CSP : CSP)}`),
  };
}

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      // Lowered syntax (no object spread, no class fields) so electronegativity's parsers read the whole bundle; with
      // newer syntax its tolerant esprima pass returns a broken tree and the scan silently misses the handlers.
      target: 'node8',
      // The import worker (electron/main/import/offThread.ts) is an entry of its own: out/main/importWorker.js.
      rollupOptions: { input: { index: here('electron/main/index.ts'), importWorker: here('electron/main/import/importWorker.ts') } },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: here('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('src/renderer'),
    publicDir: here('resources'),
    resolve: { alias: aliases },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: here('src/renderer/index.html') } },
    },
    plugins: [svelte({ configFile: here('svelte.config.js') }), cspMetaTag()],
  },
});
