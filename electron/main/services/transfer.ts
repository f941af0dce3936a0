import { createHash } from 'node:crypto';
import { answerKey, mergeDismissed, mergeFavourites, mergeNotes, missingByKey } from '@core/transfer/merge';
import { weightsWithinBounds } from '@core/srs/scheduler';
import { AppError } from '@shared/errors';
import { PROGRESS_FORMAT, PROGRESS_VERSION, ProgressData, ProgressFile, type ExportedExam } from '@shared/progressFile';
import type { ExamDoc } from '../storage/examsRepo';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<
  Services,
  | 'answers'
  | 'caseAttempts'
  | 'collections'
  | 'config'
  | 'day'
  | 'exams'
  | 'learnerId'
  | 'profiles'
  | 'refreshScheduler'
  | 'settings'
  | 'srsParams'
>;

const M = {
  foreign: '这不是社工路的学习进度文件（可能选错了文件）。没有做任何改动。',
  damaged: '学习进度文件已损坏（校验不通过），可能没有复制完整。没有做任何改动，请重新导出后再试。',
  incomplete: '学习进度文件不完整（可能复制到一半就中断了）。没有做任何改动，请在原来的电脑上重新导出后再试。',
  otherLearner: (file: string, here: string) =>
    `这个文件是学员“${file}”的学习进度，而现在打开的是“${here}”。合并后两人的记录会混在一起，且不能撤销（可用备份恢复）。确定要合并到“${here}”吗？`,
  newer: '这个学习进度文件来自更新版本的社工路，请先升级本机的社工路。没有做任何改动。',
};

/**
 * A stored sitting as the progress file carries it, and back (the storage version is storage's own business). The
 * file's format is unchanged by the 纸笔 / 机考 form: the form stays on this machine, and an imported sitting is shown
 * on the computer-exam screen (its answers, score and review are the same either way).
 */
function toExported({ version: _version, form: _form, ...exam }: ExamDoc): ExportedExam {
  return exam;
}
function fromExported(exam: ExportedExam): Omit<ExamDoc, 'version'> {
  return { ...exam, form: 'computer' };
}

const checksum = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex');

/** 导出学习进度: one file with everything of the open learner, versioned and with a checksum. */
export async function exportProgress(s: Deps): Promise<{ fileName: string; content: string }> {
  const data: ProgressData = {
    settings: s.settings.get(),
    favourites: { ...s.collections.favourites() },
    notes: { ...s.collections.notes() },
    dismissed: { ...s.collections.dismissed() },
    caseAttempts: [...s.caseAttempts.all()],
    exams: s.exams.all().map(toExported),
    reviews: await s.answers.history(),
    srsParams: s.srsParams.get(),
  };
  return progressFile(s, data, '学习进度');
}

/**
 * Only the answers the data disk has not accepted yet, as a progress file (closing while the disk is full: saved to
 * another folder or a USB stick, then imported later with 设置 → 导入, which adds each answer once).
 */
export function exportUnsaved(s: Deps): { fileName: string; content: string; count: number } {
  const reviews = s.answers.unsaved();
  const data: ProgressData = { settings: s.settings.get(), favourites: {}, notes: {}, caseAttempts: [], exams: [], reviews };
  return { ...progressFile(s, data, '未保存的答题记录'), count: reviews.length };
}

function progressFile(s: Deps, data: ProgressData, what: string): { fileName: string; content: string } {
  const name = (s.learnerId && s.profiles.get(s.learnerId)?.name) || '学员';
  const now = s.config.now();
  const file = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now, learner: name, sha256: checksum(data), data };
  return { fileName: `社工路${what}-${name}-${s.day.key(now)}.json`, content: JSON.stringify(file) };
}

/**
 * 导入学习进度 into the open learner: answers are added to the log without duplicates and every card is recomputed
 * from the merged log; mock exams and case attempts from both machines are kept; 收藏 are united and the later note
 * wins. Importing the same file again changes nothing. A damaged or foreign file is refused before anything changes.
 */
export async function importProgress(s: Deps, content: string, acceptOtherLearner = false) {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    // Our files start with their format tag: one that does not parse was cut short, not chosen wrongly.
    throw new AppError('REFUSED', content.startsWith(`{"format":"${PROGRESS_FORMAT}"`) ? M.incomplete : M.foreign);
  }
  const envelope = ProgressFile.safeParse(raw);
  if (!envelope.success) {
    const v = (raw as { format?: unknown; version?: unknown } | null) ?? {};
    throw new AppError(
      'REFUSED',
      v.format === PROGRESS_FORMAT && typeof v.version === 'number' && v.version > PROGRESS_VERSION ? M.newer : M.foreign,
    );
  }
  if (checksum(envelope.data.data) !== envelope.data.sha256) throw new AppError('REFUSED', M.damaged);
  const data = ProgressData.safeParse(envelope.data.data);
  if (!data.success) throw new AppError('REFUSED', M.damaged);
  const d = data.data;
  const here = (s.learnerId && s.profiles.get(s.learnerId)?.name) || '学员';
  if (!acceptOtherLearner && envelope.data.learner !== here)
    throw new AppError('NEEDS_CONFIRM', M.otherLearner(envelope.data.learner, here));

  const reviews = missingByKey(await s.answers.history(), d.reviews, answerKey);
  const attempts = missingByKey(s.caseAttempts.all(), d.caseAttempts, (a) => `${a.questionId}|${a.at}`);
  const exams = d.exams.filter((e) => !s.exams.get(e.id));
  const favourites = mergeFavourites(s.collections.favourites(), d.favourites);
  const notes = mergeNotes(s.collections.notes(), d.notes);
  const newFavourites = Object.keys(favourites).length - Object.keys(s.collections.favourites()).length;
  const newNotes = Object.entries(notes).filter(([id, n]) => s.collections.notes()[id]?.at !== n.at).length;
  const dismissed = mergeDismissed(s.collections.dismissed(), d.dismissed ?? {});
  const newDismissed = Object.entries(dismissed).some(([id, at]) => s.collections.dismissed()[id] !== at);

  // Weights fitted more recently on the other machine are taken over (they were fitted to a history that is now here
  // too); cards are recomputed with them, then the imported answers are folded in.
  const theirs = d.srsParams;
  const ours = s.srsParams.get();
  const newerWeights =
    !!theirs &&
    weightsWithinBounds(theirs.weights) &&
    theirs.optimizedAt !== null &&
    (ours.optimizedAt === null || theirs.optimizedAt > ours.optimizedAt);
  if (newerWeights) {
    await s.srsParams.set(theirs);
    await s.refreshScheduler();
  }
  if (reviews.length) await s.answers.importRecords(reviews);
  if (attempts.length) await s.caseAttempts.addMany(attempts);
  for (const e of exams) await s.exams.create(fromExported(e));
  if (newFavourites || newNotes || newDismissed) await s.collections.replace({ favourites, notes, dismissed });
  if (s.settings.get().level === null && d.settings.level)
    await s.settings.update({ level: d.settings.level, examDate: d.settings.examDate });
  return {
    reviews: reviews.length,
    exams: exams.length,
    caseAttempts: attempts.length,
    favourites: newFavourites,
    notes: newNotes,
    weights: newerWeights,
  };
}
