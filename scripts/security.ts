/**
 * `npm run security`: electronegativity over src/main, src/preload and the built out/, failing on any HIGH or MEDIUM
 * finding. electronegativity always exits 0, so its CSV report is read here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const bin = join(root, 'node_modules/.bin/electronegativity');
let failed = 0;

/** Parses the whole CSV text, honouring quoted fields that contain commas, quotes or newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
    } else cur += ch;
  }
  if (cur || row.length) rows.push([...row, cur]);
  return rows;
}

interface Reviewed {
  issue: string;
  files: string[];
  reason: string;
}
const reviewed = (JSON.parse(readFileSync(join(root, 'scripts/security-reviewed.json'), 'utf8')) as { reviewed: Reviewed[] }).reviewed;
const isReviewed = (issue: string, file: string) =>
  reviewed.some((r) => r.issue === issue && r.files.some((f) => file.endsWith(f)));

// src holds main and preload (and the renderer's index.html with its CSP); out is the built app.
for (const target of ['src', 'out']) {
  const report = join(mkdtempSync(join(tmpdir(), 'sgl-security-')), 'report.csv');
  execFileSync(bin, ['-i', join(root, target), '-o', report, '-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8').trim());
  const cols = (header ?? []).map((c) => c.trim());
  const sev = cols.indexOf('severity');
  const issue = cols.indexOf('issue');
  const file = cols.indexOf('filename');
  const findings = rows.filter((r) => r.length > 1);
  const serious = findings.filter(
    (r) => ['HIGH', 'MEDIUM'].includes((r[sev] ?? '').toUpperCase()) && !isReviewed(r[issue] ?? '', r[file] ?? ''),
  );
  console.log(`${target}: ${findings.length} finding(s), ${serious.length} unreviewed HIGH/MEDIUM`);
  for (const r of findings) {
    const mark = isReviewed(r[issue] ?? '', r[file] ?? '') ? ' (reviewed, see scripts/security-reviewed.json)' : '';
    console.log(`  ${r[sev]} ${r[issue]} ${r[file]} — ${r[cols.indexOf('description')] ?? ''}${mark}`);
  }
  failed += serious.length;
}
if (failed) {
  console.error(`security: ${failed} HIGH/MEDIUM finding(s)`);
  process.exit(1);
}
console.log('security: no unreviewed HIGH or MEDIUM findings');
