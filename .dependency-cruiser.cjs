/**
 * The borders of the house (../shared/STYLE.md, "The shape of the house"), checked by `npm run lint`.
 * It reads .ts and .svelte and counts `import type` edges (tsPreCompilationDeps). Layer rules apply to shipped
 * code; tests may reach across layers, but no shipped file may import test code, and nothing may form a cycle.
 */
const TEST = '(\\.test\\.ts$|^test/)';
const NODE_BUILTIN = { dependencyTypes: ['core'] };

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'No import cycles anywhere.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core imports only core, shared, ts-fsrs and zod.',
      from: { path: '^src/core/', pathNot: TEST },
      to: { pathNot: ['^src/core/', '^src/shared/', '^node_modules/(ts-fsrs|zod)/'] },
    },
    {
      name: 'ts-fsrs-only-in-core-srs',
      severity: 'error',
      comment: 'ts-fsrs is wrapped at one edge: src/core/srs.',
      from: { pathNot: ['^src/core/srs/', TEST] },
      to: { path: '^node_modules/ts-fsrs/' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'src/shared imports only shared and zod.',
      from: { path: '^src/shared/', pathNot: TEST },
      to: { pathNot: ['^src/shared/', '^node_modules/zod/'] },
    },
    {
      name: 'renderer-only-through-the-backend',
      severity: 'error',
      comment: 'The renderer never imports electron/, test/, electron, lowdb or Node built-ins.',
      from: { path: '^src/renderer/', pathNot: TEST },
      to: { path: ['^electron/', '^test/', '^node_modules/(electron|lowdb)/'] },
    },
    {
      name: 'components-call-no-backend',
      severity: 'error',
      comment: 'A component gets its state from lib/<feature>/*.svelte.ts through the app context; only state modules use lib/backend.',
      from: { path: '^src/renderer/components/', pathNot: TEST },
      to: { path: '^src/renderer/lib/backend/' },
    },
    { name: 'renderer-no-node', severity: 'error', from: { path: '^src/renderer/', pathNot: TEST }, to: NODE_BUILTIN },
    { name: 'core-no-node', severity: 'error', from: { path: '^src/(core|shared)/', pathNot: TEST }, to: NODE_BUILTIN },
    {
      name: 'electron-never-imports-the-renderer',
      severity: 'error',
      from: { path: '^electron/', pathNot: TEST },
      to: { path: '^src/renderer/' },
    },
    {
      name: 'storage-knows-no-services',
      severity: 'error',
      comment: 'Storage is below services and ipc.',
      from: { path: '^electron/main/storage/', pathNot: TEST },
      to: { path: '^electron/main/(services|ipc)/' },
    },
    {
      name: 'services-know-no-ipc',
      severity: 'error',
      from: { path: '^electron/main/services/', pathNot: TEST },
      to: { path: '^electron/main/ipc/' },
    },
    {
      name: 'preload-imports-only-electron',
      severity: 'error',
      comment: 'The sandboxed preload forwards calls to main and imports nothing but electron.',
      from: { path: '^electron/preload/', pathNot: TEST },
      to: { pathNot: ['^node_modules/electron/'] },
    },
    {
      name: 'centre-service-stands-alone',
      severity: 'error',
      comment: 'The centre service (electron/centre) uses core, shared and its own files; never the desktop app or the renderer.',
      from: { path: '^electron/centre/', pathNot: TEST },
      to: { path: ['^electron/(main|web|preload)/', '^src/renderer/', '^node_modules/(electron|lowdb)/'] },
    },
    {
      name: 'centre-page-is-a-page',
      severity: 'error',
      comment:
        "The centre's teacher page (electron/centre/web) runs in a browser: its own files, core, shared, Svelte, Chart.js and zod (the contract's schemas; svelte/internal/…: what a compiled component imports).",
      from: { path: '^electron/centre/web/', pathNot: TEST },
      to: {
        pathNot: ['^electron/centre/web/', '^src/(core|shared)/', '^node_modules/(svelte|chart\\.js|@kurkle|zod)/', '^svelte/internal/'],
      },
    },
    {
      name: 'only-the-centre-opens-its-database',
      severity: 'error',
      comment: 'The desktop app talks to a centre over HTTP only; it never imports the service or its database drivers.',
      from: { path: '^(electron/(main|web|preload)|src)/', pathNot: TEST },
      to: { path: ['^electron/centre/', '^node_modules/(pg|@electric-sql/pglite)/'] },
    },
    {
      name: 'no-test-code-in-shipped-files',
      severity: 'error',
      from: { path: '^(electron|src)/', pathNot: TEST },
      to: { path: TEST },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.svelte', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
