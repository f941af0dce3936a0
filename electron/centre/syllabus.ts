import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SyllabusTree } from '@shared/bank/schema';

/** The shipped questions folder (the centre runs from the repository or an unpacked copy of it). */
export const QUESTIONS_DIR = join(import.meta.dirname, '..', '..', 'questions');

/**
 * Chapter id → the title a teacher reads (“综合能力 第1章 社会工作服务的内涵”), from the app's own syllabus files
 * (`questions/syllabus/2025/*.json`, checked with the same schema the app uses). A file that is missing or does not
 * parse is skipped: the page then shows that chapter's id, never fails.
 */
export async function loadChapterTitles(questionsDir: string = QUESTIONS_DIR): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const subjects = await loadSubjects(questionsDir);
  const dir = join(questionsDir, 'syllabus', '2025');
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const f of files.filter((n) => n.endsWith('.json')).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, f), 'utf8'));
    } catch {
      continue;
    }
    const tree = SyllabusTree.safeParse(raw);
    if (!tree.success) continue;
    const subject = subjects.get(tree.data.subject)?.shortName;
    for (const c of tree.data.chapters) titles.set(c.id, `${subject ? `${subject} ` : ''}第${c.no}章 ${c.title}`);
  }
  return titles;
}

/** Subject id → its short name (“综合能力”) and full name (“社会工作综合能力（初级）”), from `questions/subjects.json`. */
export async function loadSubjects(questionsDir: string = QUESTIONS_DIR): Promise<Map<string, { shortName: string; name: string }>> {
  const out = new Map<string, { shortName: string; name: string }>();
  try {
    const file = JSON.parse(await readFile(join(questionsDir, 'subjects.json'), 'utf8')) as {
      subjects?: { id?: unknown; shortName?: unknown; name?: unknown }[];
    };
    for (const s of file.subjects ?? [])
      if (typeof s.id === 'string' && typeof s.shortName === 'string')
        out.set(s.id, { shortName: s.shortName, name: typeof s.name === 'string' ? s.name : s.shortName });
  } catch {
    // No subject names: titles go without them, and the page shows subject ids.
  }
  return out;
}
