import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import svelteConfig from './svelte.config.js';

// Node built-ins by bare name too (import 'crypto' works as well as 'node:crypto').
const nodeBuiltins = [
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'net',
  'http',
  'https',
  'process',
  'util',
  'stream',
  'url',
];
const forbiddenInCore = ['electron', 'lowdb', 'lowdb/*', 'svelte', 'svelte/*', 'node:*', ...nodeBuiltins, 'ts-fsrs'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    // Components and their .svelte.ts state modules: TypeScript inside Svelte, browser globals.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no platform, storage or UI imports (ts-fsrs is wrapped inside core/srs only).
    files: ['src/core/**/*.ts'],
    rules: {
      // ts-fsrs is wrapped at one edge: only core/srs/scheduler.ts, fuzz.ts and oneGrade.ts may import it (see the override below).
      'no-restricted-imports': [
        'error',
        { patterns: forbiddenInCore.map((group) => ({ group: [group], message: 'src/core must stay pure.' })) },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded RNG.' },
        { object: 'Date', property: 'now', message: 'Inject now instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject now instead.' },
      ],
    },
  },
  {
    // The wrapper itself: the scheduler, its faster fuzz draw, its one-grade review, and the tests that hold both to
    // the library's own results.
    files: [
      'src/core/srs/scheduler.ts',
      'src/core/srs/fuzz.ts',
      'src/core/srs/fuzz.test.ts',
      'src/core/srs/oneGrade.ts',
      'src/core/srs/oneGrade.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbiddenInCore
            .filter((g) => g !== 'ts-fsrs')
            .map((group) => ({ group: [group], message: 'src/core must stay pure.' })),
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**', '**/test/**', 'electron', 'node:*'],
              message: 'shared/ imports nothing from electron/, renderer/ or test/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/test/**', 'electron', 'node:*', 'lowdb', 'lowdb/*'],
              message: 'The renderer talks to main only through the backend.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components stay thin: they get their state from lib/<feature>/*.svelte.ts through the app context and never
    // hold or import the backend (issue 13). The same border is held by .dependency-cruiser.cjs.
    files: ['src/renderer/components/**/*.ts', 'src/renderer/components/**/*.svelte'],
    ignores: ['src/renderer/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/test/**', 'electron', 'node:*', 'lowdb', 'lowdb/*'],
              message: 'The renderer talks to main only through the backend.',
            },
            {
              group: ['**/lib/backend', '**/lib/backend/*'],
              message: 'A component calls no backend: put the call in its state module (lib/<feature>/*.svelte.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the backend module talks to the preload bridge; everything else goes through the Backend interface.
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/lib/backend/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use the Backend from lib/backend.' }],
    },
  },
);
