import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { ExamForm, ExamId, PaperKind } from '@shared/formats';
import { OptionKey, SubjectId } from '@shared/bank/schema';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import type { BackupSource } from './backups';
import { migrate, openDocument, type Migrations } from './versionedDocument';

/**
 * The version of this document's format (bump it with a migration step below).
 * v2: `form` (纸笔考试 `paper` / 机考界面 `computer`); v1 sittings were all on the computer-exam screen.
 */
const VERSION = 2;

/** Steps from each older version to the next. */
export const EXAM_MIGRATIONS: Migrations = {
  1: (doc) => ({ ...doc, form: 'computer' }),
};

/** The fields of a v1 sitting (what the sync payload still carries, so other PCs and the centre see no change). */
const examFieldsV1 = {
  // Bounded: the id names a file (a 300-character id once made every write fail with ENAMETOOLONG).
  id: ExamId,
  subject: SubjectId,
  kind: PaperKind,
  custom: z.boolean(),
  seed: z.number().int(),
  /** What the paper was drawn with besides the seed, so the same bank gives the same paper again (older files lack it). */
  draw: z
    .object({ counts: z.record(z.string(), z.number().int()), chapters: z.array(z.string()).optional(), avoided: z.array(z.string()) })
    .optional(),
  createdAt: z.number(),
  deadline: z.number(),
  minutes: z.number().int().positive(),
  /** Pass line out of 100 at the time the paper was made. */
  passLine: z.number(),
  items: z.array(z.string()),
  answers: z.record(z.string(), z.array(OptionKey)),
  marked: z.array(z.string()),
  caseAnswers: z.record(z.string(), z.array(z.string().max(20_000))),
  caseMarks: z.record(z.string(), z.array(z.array(z.number().int().nonnegative()))),
  submittedAt: z.number().nullable(),
  autoSubmitted: z.boolean(),
  /**
   * False from 交卷 until the paper's answers are in the answer log: a paper left so by a crash is completed on the
   * next open (its answers carry the exam id, so completing it never doubles one). Older files lack it: they were
   * logged in the same step.
   */
  answersLogged: z.boolean().default(true),
};

export const ExamDoc = z.object({
  version: z.literal(VERSION),
  ...examFieldsV1,
  /** How the sitting is shown: the printed paper with an answer card, or the computer-exam screen. */
  form: ExamForm,
});
export type ExamDoc = z.infer<typeof ExamDoc>;

/** A v1 exam document: the shape a sync payload keeps (and what older files on disk hold). */
export const ExamDocV1 = z.object({ version: z.literal(1), ...examFieldsV1 });
export type ExamDocV1 = z.infer<typeof ExamDocV1>;

/** The sitting as a v1 document (the form left out), for payloads whose shape must not change. */
export function toExamDocV1({ version: _version, form: _form, ...fields }: ExamDoc): ExamDocV1 {
  return { version: 1, ...fields };
}

/**
 * Reads an exam document of any known version (a file of a learner whose records were not opened since the bump, a
 * v1 sync payload): migrated to the current version, or undefined when it is not a valid exam document.
 */
export function parseExamDoc(raw: unknown): ExamDoc | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || version > VERSION) return undefined;
  const parsed = ExamDoc.safeParse(migrate(raw as Record<string, unknown>, version, VERSION, EXAM_MIGRATIONS));
  return parsed.success ? parsed.data : undefined;
}

export interface ExamsRepo {
  all(): ExamDoc[];
  get(id: string): ExamDoc | undefined;
  /** Stores a new sitting (the repository sets the document version). */
  create(doc: Omit<ExamDoc, 'version'>): Promise<boolean>;
  /** Applies a change and writes the exam's own file at once (one writer, one small file per mock). */
  update(id: string, change: (doc: ExamDoc) => ExamDoc): Promise<boolean>;
  notices: string[];
}

/** One lowdb document per mock exam under `exams/`, so saving an answer rewrites only that exam's small file. */
export async function openExamsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<ExamsRepo> {
  const dir = join(learnerDir, 'exams');
  await mkdir(dir, { recursive: true });
  const dbs = new Map<string, Low<ExamDoc>>();
  const notices: string[] = [];
  const open = async (id: string, initial?: ExamDoc) => {
    const opened = await openDocument<ExamDoc>({
      file: join(dir, `${id}.json`),
      schema: ExamDoc,
      version: VERSION,
      migrations: EXAM_MIGRATIONS,
      defaults: () => initial ?? ({ version: VERSION, id } as ExamDoc),
      // A damaged exam file comes back from the newest backup that holds it (a new paper has none yet).
      backups: backups && !initial ? () => backups(`exams/${id}.json`) : undefined,
    });
    if (opened.notice) notices.push(opened.notice);
    return opened.db;
  };
  for (const f of (await readdir(dir)).filter((n) => /^[0-9a-z-]+\.json$/.test(n)).sort()) {
    const db = await open(f.slice(0, -5));
    if (ExamDoc.safeParse(db.data).success) dbs.set(db.data.id, db);
  }
  return {
    notices,
    all: () => [...dbs.values()].map((d) => d.data).sort((a, b) => a.createdAt - b.createdAt),
    get: (id) => dbs.get(id)?.data,
    async create(fields) {
      const doc: ExamDoc = { ...fields, version: VERSION };
      const db = await open(doc.id, doc);
      dbs.set(doc.id, db);
      return persist(db, doc, health, `exam-${doc.id}`);
    },
    async update(id, change) {
      const db = dbs.get(id);
      if (!db) return false;
      return persist(db, change(db.data), health, `exam-${id}`);
    },
  };
}
