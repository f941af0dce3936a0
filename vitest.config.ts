import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve } from 'node:path';
import { aliases } from './electron.vite.config';

const svelteConfig = resolve(import.meta.dirname, 'svelte.config.js');

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        // Core, electron, web and renderer state: Node resolution (native and WASI packages load as in Electron main).
        plugins: [svelte({ configFile: svelteConfig })],
        resolve: { alias: aliases },
        test: {
          name: 'node',
          // Projects do not inherit the root's test options: each sets its own.
          testTimeout: 20_000,
          include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'test/support/**/*.test.ts'],
          exclude: ['src/renderer/components/**'],
          environment: 'node',
        },
      },
      {
        // Svelte components in a DOM, with browser resolution.
        plugins: [svelte({ configFile: svelteConfig }), svelteTesting()],
        resolve: { alias: aliases },
        test: {
          name: 'dom',
          testTimeout: 20_000,
          include: ['src/renderer/components/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
