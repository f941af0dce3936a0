/**
 * `npm run security`: electronegativity over electron/ (main, preload, web) and the built out/, failing on any HIGH or MEDIUM
 * finding. electronegativity always exits 0, so its CSV report is read here.
 */
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const inOrder = join(root, 'scripts/electronegativitySyncWrites.cjs');
let failed = 0;

interface Reviewed {
  issue: string;
  files: string[];
  reason: string;
}
const reviewed = (JSON.parse(readFileSync(join(root, 'scripts/security-reviewed.json'), 'utf8')) as { reviewed: Reviewed[] }).reviewed;
const isReviewed = (issue: string, file: string) => reviewed.some((r) => r.issue === issue && r.files.some((f) => file.endsWith(f)));

const SEVERITIES = new Set(['LOW', 'MEDIUM', 'HIGH', 'INFORMATIONAL']);

/**
 * Runs electronegativity on one folder and reads its CSV with a real CSV parser. The report is checked strictly
 * (every row complete, a known severity) and the scan repeated if it is not: electronegativity has been seen to
 * leave an interleaved report, and a report that cannot be read must fail the check, not pass it.
 */
function scan(target: string): string[][] {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const report = join(mkdtempSync(join(tmpdir(), 'sgl-security-')), 'report.csv');
    execFileSync(
      process.execPath,
      [
        '--require',
        inOrder,
        cli,
        '-i',
        resolve(root, target),
        '-o',
        report,
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-e',
        electronVersion,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const rows = Papa.parse<string[]>(readFileSync(report, 'utf8').trim(), { skipEmptyLines: true }).data;
    const [header, ...findings] = rows;
    const cols = (header ?? []).map((c) => c.trim());
    const ok = cols.length === 8 && findings.every((r) => r.length === cols.length && SEVERITIES.has((r[1] ?? '').toUpperCase()));
    if (ok) return [cols, ...findings];
    console.error(`${target}: unreadable electronegativity report (attempt ${attempt}), scanning again`);
  }
  throw new Error(`${target}: electronegativity report could not be read three times; failing the security check`);
}

/**
 * electron/ without centre/: main, preload and the web runtime, scanned together as before. The centre service
 * (electron/centre) is a plain Node web service, not Electron code; with its CSP header in the tree electronegativity
 * writes its CSP row without its first four columns (seen 2026-12-02, every time), so it is left out of this scan.
 */
function electronSources(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sgl-security-src-')), 'electron');
  cpSync(join(root, 'electron'), dir, { recursive: true, filter: (src) => !src.startsWith(join(root, 'electron', 'centre')) });
  return dir;
}

// out is the built app (its renderer index.html carries the CSP).
for (const target of [electronSources(), 'out']) {
  const [cols, ...findings] = scan(target);
  const sev = cols!.indexOf('severity');
  const issue = cols!.indexOf('issue');
  const file = cols!.indexOf('filename');
  const serious = findings.filter(
    (r) => ['HIGH', 'MEDIUM'].includes((r[sev] ?? '').toUpperCase()) && !isReviewed(r[issue] ?? '', r[file] ?? ''),
  );
  console.log(`${target}: ${findings.length} finding(s), ${serious.length} unreviewed HIGH/MEDIUM`);
  for (const r of findings) {
    const mark = isReviewed(r[issue] ?? '', r[file] ?? '') ? ' (reviewed, see scripts/security-reviewed.json)' : '';
    console.log(`  ${r[sev]} ${r[issue]} ${r[file]} — ${r[cols!.indexOf('description')] ?? ''}${mark}`);
  }
  failed += serious.length;
}
if (failed) {
  console.error(`security: ${failed} HIGH/MEDIUM finding(s)`);
  process.exit(1);
}
console.log('security: no unreviewed HIGH or MEDIUM findings');
