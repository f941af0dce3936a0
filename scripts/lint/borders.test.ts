import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/support/repoRoot';

/**
 * The rule file must catch what it names: a renderer file reaching into electron/main, storage importing services,
 * a cycle, a shipped file importing test code. Each case is a tiny tree of its own, cruised with the project's
 * .dependency-cruiser.cjs and the same command `npm run lint` runs.
 */
function cruise(files: Record<string, string>): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sgl-borders-'));
  cpSync(join(repoRoot, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const bin = join(repoRoot, 'node_modules', '.bin', 'depcruise');
  const roots = ['electron', 'src', 'test'].filter((r) => Object.keys(files).some((f) => f.startsWith(`${r}/`)));
  try {
    const out = execFileSync(bin, [...roots, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { ok: true, out };
  } catch (e) {
    return { ok: false, out: String((e as { stdout?: string }).stdout ?? e) };
  }
}

// Each case starts dependency-cruiser afresh (2–5 s on a loaded 2-core machine).
describe('the dependency rule file', { timeout: 60_000 }, () => {
  it('passes a tree that keeps the borders', () => {
    const r = cruise({
      'src/shared/x.ts': 'export const x = 1;\n',
      'src/core/a.ts': "import { x } from '../shared/x';\nexport const a = x;\n",
      'electron/main/services/s.ts': "import { a } from '../../../src/core/a';\nexport const s = a;\n",
      'src/renderer/r.ts': "import { x } from '../shared/x';\nexport const r = x;\n",
    });
    expect(r.out).toContain('no dependency violations');
    expect(r.ok).toBe(true);
  });
  it('fails a renderer file that imports electron/main', () => {
    const r = cruise({
      'electron/main/m.ts': 'export const m = 1;\n',
      'src/renderer/r.ts': "import { m } from '../../electron/main/m';\nexport const r = m;\n",
    });
    expect(r.ok).toBe(false);
    expect(r.out).toContain('renderer-only-through-the-backend');
  });
  it('fails storage importing services, even for types only', () => {
    const r = cruise({
      'electron/main/services/s.ts': 'export interface S { a: number }\n',
      'electron/main/storage/st.ts': "import type { S } from '../services/s';\nexport const st = (s: S) => s.a;\n",
    });
    expect(r.ok).toBe(false);
    expect(r.out).toContain('storage-knows-no-services');
  });
  it('fails a cycle', () => {
    const r = cruise({
      'electron/main/services/a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'electron/main/services/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(r.ok).toBe(false);
    expect(r.out).toContain('no-cycles');
  });
  it('fails a shipped file importing test code, and core importing Node', () => {
    const r = cruise({
      'test/support/t.ts': 'export const t = 1;\n',
      'electron/main/x.ts': "import { t } from '../../test/support/t';\nexport const x = t;\n",
      'src/core/c.ts': "import { join } from 'node:path';\nexport const c = join('a');\n",
    });
    expect(r.ok).toBe(false);
    expect(r.out).toContain('no-test-code-in-shipped-files');
    expect(r.out).toContain('core-no-node');
  });
  it('fails a component that imports the backend, even for a type, but not a state module doing so', () => {
    const r = cruise({
      'src/renderer/lib/backend/backend.ts': 'export interface Backend { x: number }\n',
      'src/renderer/lib/stats/s.ts': "import type { Backend } from '../backend/backend';\nexport const s = (b: Backend) => b.x;\n",
      'src/renderer/components/stats/C.ts':
        "import type { Backend } from '../../lib/backend/backend';\nexport const c = (b: Backend) => b.x;\n",
    });
    expect(r.ok).toBe(false);
    expect(r.out).toContain('components-call-no-backend');
    expect(r.out).toContain('src/renderer/components/stats/C.ts → src/renderer/lib/backend/backend.ts');
    expect(r.out).toContain('x 1 dependency violations');
  });
  it('fails the centre service importing the desktop app, and the desktop app importing the centre', () => {
    const r = cruise({
      'electron/main/services/s.ts': 'export const s = 1;\n',
      'electron/centre/c.ts': "import { s } from '../main/services/s';\nexport const c = s;\n",
      'electron/main/sync/x.ts': "import { c } from '../../centre/c';\nexport const x = c;\n",
    });
    expect(r.ok).toBe(false);
    expect(r.out).toContain('centre-service-stands-alone');
    expect(r.out).toContain('only-the-centre-opens-its-database');
  });
});
