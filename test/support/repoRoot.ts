import { resolve } from 'node:path';

/** The repository root, for every test, harness and benchmark that reads files of the project. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');
