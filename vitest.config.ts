import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve } from 'node:path';

const svelteConfig = resolve(import.meta.dirname, 'svelte.config.js');

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        // Core, main, web and renderer state: Node resolution (native and WASI packages load as in Electron main).
        plugins: [svelte({ configFile: svelteConfig })],
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/renderer/src/components/**'],
          environment: 'node',
        },
      },
      {
        // Svelte components in a DOM, with browser resolution.
        plugins: [svelte({ configFile: svelteConfig }), svelteTesting()],
        test: {
          name: 'dom',
          include: ['src/renderer/src/components/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
