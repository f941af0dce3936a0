import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/support/repoRoot';

/** eslint.config.js must catch what it names: here, a component importing the backend (issue 13). */
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const importsBackend =
  "import { BackendError } from '../../lib/backend/backend';\nexport const isIt = (e: unknown) => e instanceof BackendError;\n";

describe('the eslint config', { timeout: 60_000 }, () => {
  it('fails a component that imports lib/backend, in a .svelte file and in a .ts file', async () => {
    const svelte = await lint(
      'src/renderer/components/stats/Probe.svelte',
      `<script lang="ts">\n  import type { Backend } from '../../lib/backend/backend';\n  let { b }: { b: Backend } = $props();\n</script>\n\n<p>{typeof b}</p>\n`,
    );
    expect(svelte).toEqual([expect.stringMatching(/^no-restricted-imports: .*A component calls no backend/)]);
    const ts = await lint('src/renderer/components/stats/probe.ts', importsBackend);
    expect(ts).toEqual([expect.stringMatching(/^no-restricted-imports: .*A component calls no backend/)]);
  });

  it('lets a state module import it', async () => {
    expect(
      await lint('src/renderer/lib/stats/probe.ts', importsBackend.replace('../../lib/backend/backend', '../backend/backend')),
    ).toEqual([]);
  });
});
