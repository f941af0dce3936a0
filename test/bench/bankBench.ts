/**
 * Bank load benchmark (issue 14, goal 5): the shipped bank loaded the way the app opens it (`loadBankWithSources` with
 * the shipped manifest in place and an empty centre folder), against a bare read + JSON.parse of the same files, and
 * the same files with no manifest (a centre's or an imported bank: every item through the schemas). Called from
 * run.ts; also runnable alone: `npx tsx test/bench/bankBench.ts`.
 *
 * Each timed run starts from a collected heap (a full garbage collection first), so no contender pays for the
 * garbage the one before it left.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MANIFEST_FILE, writeManifest } from '../../electron/main/bank/bankManifest';
import { loadBankWithSources } from '../../electron/main/bank/loadBank';
import { expectedManifest } from '../../scripts/bankCheck/manifestCheck';
import { repoRoot } from '../support/repoRoot';
import { syntheticBank } from './fixtures';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Took {
  ms: number;
  /** Processor time of the whole process (every thread, the collector's too) over the same span. */
  cpuMs: number;
}

function since(t: number, cpu: NodeJS.CpuUsage): Took {
  const ms = performance.now() - t;
  const c = process.cpuUsage(cpu);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

/** A bare read + JSON.parse of every file; `retain`: keep the parsed values (as a load must), else drop each at once. */
function rawParse(dir: string, retain: boolean): Took {
  const kept: unknown[] = [];
  const cpu = process.cpuUsage();
  const t = performance.now();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) {
        const v: unknown = JSON.parse(readFileSync(p, 'utf8'));
        if (retain) kept.push(v);
      }
    }
  };
  walk(dir);
  return since(t, cpu);
}

async function timedLoad(dir: string, centre: string): Promise<Took> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const { bank } = await loadBankWithSources(dir, centre);
  const dt = since(t, cpu);
  if (bank.problems.length) throw new Error(`synthetic bank invalid: ${bank.problems[0]?.message}`);
  return dt;
}

async function bankRatio(dir: string, centre: string, rounds: number) {
  await writeManifest(dir, await expectedManifest(dir));
  const ours: Took[] = [];
  const dropped: Took[] = [];
  const retained: Took[] = [];
  const full: Took[] = [];
  for (let i = 0; i < rounds; i++) {
    collect();
    dropped.push(rawParse(dir, false));
    collect();
    retained.push(rawParse(dir, true));
    collect();
    ours.push(await timedLoad(dir, centre));
    rmSync(join(dir, MANIFEST_FILE));
    collect();
    full.push(await timedLoad(dir, centre));
    await writeManifest(dir, await expectedManifest(dir));
  }
  const m = (xs: Took[]) => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)) });
  return { ours: m(ours), dropped: m(dropped), retained: m(retained), full: m(full) };
}

/** `bank10k`: the 10k-item synthetic bank run.ts already made (made here when absent). */
export async function bankLoadBench(work: string, bank10k?: string, rounds = 5): Promise<Record<string, number>> {
  const realQuestions = join(repoRoot, 'questions');
  const centre = join(work, 'bench-centre-banks');
  mkdirSync(centre, { recursive: true });
  const results: Record<string, number> = {};
  for (const items of [10_000, 50_000]) {
    const dir = items === 10_000 && bank10k ? bank10k : syntheticBank(work, realQuestions, items);
    const r = await bankRatio(dir, centre, rounds);
    const k = `bankLoad${items / 1000}k`;
    results[`${k}Ms`] = round(r.ours.ms, 1);
    results[`${k}JsonParseMs`] = round(r.retained.ms, 1);
    results[`${k}VsJsonParse`] = round(r.ours.ms / r.retained.ms);
    results[`${k}VsJsonParseDropped`] = round(r.ours.ms / r.dropped.ms);
    results[`${k}CpuVsJsonParse`] = round(r.ours.cpuMs / r.retained.cpuMs);
    results[`${k}FullValidationVsJsonParse`] = round(r.full.ms / r.retained.ms);
  }
  return results;
}

if (process.argv[1]?.endsWith('bankBench.ts')) {
  const work = mkdtempSync(join(tmpdir(), 'sgl-bankbench-'));
  try {
    console.table(await bankLoadBench(work, undefined, Number(process.env['BENCH_ROUNDS'] ?? 5)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
