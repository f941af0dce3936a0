import Papa from 'papaparse';
import type { Services } from './services';
import { adminActsFor, checkAdmin } from './admin';
import { scoreOf } from './exam/results';
import { parseExamDoc, type ExamDoc } from '../storage/examsRepo';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'config' | 'day' | 'exams' | 'learnerDir' | 'learnerId' | 'machine' | 'pinAttempts' | 'profiles'>;

const HEADER = ['学员', '科目', '日期', '得分', '满分', '是否及格', '用时（分钟）', '试卷'];

async function examsOf(dir: string): Promise<ExamDoc[]> {
  let names: string[] = [];
  try {
    names = (await readdir(join(dir, 'exams'))).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const out: ExamDoc[] = [];
  for (const n of names) {
    try {
      // Any stored version: a learner not opened since an update still has older files.
      const doc = parseExamDoc(JSON.parse(await readFile(join(dir, 'exams', n), 'utf8')));
      if (doc && doc.submittedAt !== null) out.push(doc);
    } catch {
      // A damaged exam file is left out of the report; the learner's app reports it when they open it.
    }
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * 导出成绩: every learner's finished mock exams on this machine as CSV, UTF-8 with a BOM so Excel shows Chinese.
 * Read-only: learners' files are read, never written.
 */
export async function resultsCsv(
  s: Deps,
  adminPin?: string,
): Promise<{ fileName: string; content: string; rows: number; skipped: number }> {
  await checkAdmin(s, adminPin);
  // PIN-protected learners' results go in only for the administrator, and only for learners the administrator PIN acts
  // for (they set their PIN after it existed: auth/adminPower.ts); the learner signed in always sees their own. The
  // count of those left out is shown.
  const admin = s.machine.get().adminPin !== null;
  const rows: (string | number)[][] = [];
  let skipped = 0;
  for (const p of s.profiles.all()) {
    if (p.pin !== null && p.id !== s.learnerId && !(admin && adminActsFor(s, p))) {
      skipped++;
      continue;
    }
    for (const e of await examsOf(s.learnerDir(p.id))) {
      const sub = s.bank.subject(e.subject);
      const { scored, passed, pendingMarks } = scoreOf(s, e);
      // A case paper with cases still to self-mark has no score yet: its partial sum would read as a low score.
      const pending = pendingMarks > 0;
      rows.push([
        p.name,
        sub?.def.name ?? e.subject,
        s.day.key(e.createdAt),
        pending ? '' : scored.score,
        scored.max,
        pending ? `待评分（已评 ${scored.caseCount - pendingMarks} / ${scored.caseCount} 题）` : passed ? '及格' : '未及格',
        Math.round((e.submittedAt! - e.createdAt) / 60_000),
        e.custom ? '自定义' : '标准',
      ]);
    }
  }
  // escapeFormulae: a name like =HYPERLINK(…) stays text in Excel.
  const content = `\uFEFF${Papa.unparse([HEADER, ...rows], { newline: '\r\n', escapeFormulae: true })}`;
  return { fileName: `社工路模拟考试成绩-${s.day.key(s.config.now())}.csv`, content, rows: rows.length, skipped };
}
