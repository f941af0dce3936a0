import type { SubjectId } from '@shared/bank/schema';
import type { ReadSource } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { BackupState } from '../backup/backupState.svelte';
import { CaseSession, DRAFT_DEBOUNCE_MS } from '../cases/caseSession.svelte';
import { CaseFavouritesState } from '../collections/caseFavourites.svelte';
import { FavouritesState } from '../collections/favourites.svelte';
import { ItemToolsState } from '../collections/itemTools.svelte';
import { MistakesState } from '../collections/mistakes.svelte';
import { ExamLobbyState } from '../exam/examLobby.svelte';
import { ExamMarking } from '../exam/examMarking.svelte';
import { ExamSession } from '../exam/examSession.svelte';
import { NextStepState } from '../practice/nextStep.svelte';
import { PracticeSession, type PracticeSource } from '../practice/practiceSession.svelte';
import { EarlyVerdict, type AnswerSaver } from '../practice/earlyVerdict.svelte';
import { ProfilesState } from '../profiles/profilesState.svelte';
import { ReadSession } from '../read/readSession.svelte';
import { AdminGate } from '../settings/adminGate.svelte';
import { EnrolAllState } from '../sync/enrolAll.svelte';
import { CentreBanksState } from '../settings/centreBanks.svelte';
import { PassesState } from '../settings/passes.svelte';
import { TransferState } from '../settings/transfer.svelte';
import { ReportState } from '../report/reportState.svelte';
import { ExportState } from '../import/exportState.svelte';
import { ImportState } from '../import/importState.svelte';
import { PrintList } from '../import/printList.svelte';
import type { ExportListName } from '@shared/ipc/contract/export';
import { StatsState } from '../stats/statsState.svelte';
import type { LearnerSession } from './learnerSession.svelte';
import type { Router } from './router.svelte';
import type { StorageStatus } from './storageStatus.svelte';

interface Parts {
  router: Router;
  learner: LearnerSession;
  storage: StorageStatus;
  answers: AnswerSaver;
}

/**
 * One factory per screen's state module, bound to the backend. A component asks here for its state and never holds
 * the backend itself (eslint.config.js and .dependency-cruiser.cjs keep it that way).
 */
export class Screens {
  readonly #backend: Backend;
  readonly #parts: Parts;

  constructor(backend: Backend, parts: Parts) {
    this.#backend = backend;
    this.#parts = parts;
  }

  /** A save that waited for the disk shows the red banner at once. */
  readonly #onUnsaved = (): void => void this.#parts.storage.refresh();
  readonly #reload = (): Promise<void> => this.#parts.learner.reload();

  profiles(): ProfilesState {
    return new ProfilesState(this.#backend, (isNew) => this.#parts.learner.enterLearner(undefined, isNew));
  }

  /** A practice set, practised the way the learner's settings say (逐题看答案 or 做完一组再看答案). */
  practice(source: PracticeSource): PracticeSession {
    const { learner } = this.#parts;
    const st = learner.settings;
    return new PracticeSession(this.#backend, source, undefined, this.#onUnsaved, {
      batch: st?.practiceMode === 'batch' ? { size: st.batchSize } : null,
      early: new EarlyVerdict(this.#backend),
      saver: this.#parts.answers,
      // The auto-next switches apply at once, also in the set on screen.
      get autoNextSingle() {
        return learner.settings?.autoNextSingle ?? false;
      },
      get autoNextWhenRight() {
        return learner.settings?.autoNextWhenRight ?? false;
      },
    });
  }

  /** 背题模式; `onMove` runs whenever the item on screen changes (read-aloud stops there). */
  read(source: ReadSource, onMove?: () => void): ReadSession {
    return new ReadSession(this.#backend, source, this.#onUnsaved, onMove);
  }

  nextStep(): NextStepState {
    return new NextStepState(this.#backend);
  }

  /** Case practice over a chapter, or only one case of it (from 收藏). */
  cases(subject: SubjectId, chapter: string, only?: string): CaseSession {
    return new CaseSession(this.#backend, subject, chapter, this.#onUnsaved, DRAFT_DEBOUNCE_MS, only ?? null);
  }

  itemTools(questionId: string, favourite: boolean, note: string): ItemToolsState {
    return new ItemToolsState(this.#backend, questionId, favourite, note);
  }

  mistakes(): MistakesState {
    return new MistakesState(this.#backend);
  }

  favourites(): FavouritesState {
    return new FavouritesState(this.#backend);
  }

  caseFavourites(): CaseFavouritesState {
    return new CaseFavouritesState(this.#backend);
  }

  stats(): StatsState {
    return new StatsState(this.#backend);
  }

  report(): ReportState {
    return new ReportState(this.#backend);
  }

  examLobby(): ExamLobbyState {
    return new ExamLobbyState(this.#backend, (id) => this.#parts.router.openExam(id));
  }

  /** A sitting; once handed in (交卷, time up, or already), the result screen opens. */
  exam(id: string): ExamSession {
    return new ExamSession(this.#backend, id, undefined, () => this.#parts.router.openExamResult(id));
  }

  examResult(id: string): ExamMarking {
    return new ExamMarking(this.#backend, id);
  }

  backups(): BackupState {
    return new BackupState(this.#backend, this.#reload);
  }

  transfer(): TransferState {
    return new TransferState(this.#backend, this.#reload);
  }

  /** 导入题库: the bank follows by the bank:reloaded event. */
  importer(subject: SubjectId): ImportState {
    return new ImportState(this.#backend, subject);
  }

  exports(): ExportState {
    return new ExportState(this.#backend);
  }

  print(list: ExportListName): PrintList {
    return new PrintList(this.#backend, list);
  }

  /** 滚动管理: saved through the open learner, so 设置 and today's plan see the change. */
  passes(): PassesState {
    const { learner } = this.#parts;
    return new PassesState(
      this.#backend,
      () => learner.settings,
      (p) => learner.saveSettings(p),
    );
  }

  centreBanks(): CentreBanksState {
    return new CentreBanksState(this.#backend);
  }

  /** 为本机所有学员连接培训机构, behind the door of 培训机构管理. */
  enrolAll(): EnrolAllState {
    return new EnrolAllState(this.#backend);
  }

  /** The door to 培训机构管理（老师用） in 设置. */
  adminGate(): AdminGate {
    return new AdminGate(this.#backend);
  }
}
