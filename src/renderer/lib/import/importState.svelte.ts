import type { SubjectId } from '@shared/bank/schema';
import type { ColumnMapping, ImportedBankInfo, ImportPreview } from '@shared/ipc/contract/import';
import { BackendError, type Backend } from '../backend/backend';
import { bytesToBase64InPieces } from './base64';
import { IMPORT_MESSAGES as M } from './messages';

/** The largest file read (the main process refuses bigger ones too). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Source = { fileName: string; data: string; mapping?: ColumnMapping } | { fileName: string; text: string };

/** A chosen file as the screen gets it (a DOM File, or a stand-in in tests). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream?(): ReadableStream<Uint8Array>;
}

/** How far reading a file has got: bytes read of all (`read`), then the app analysing it (`parse`, no share known). */
export type ImportProgress = { phase: 'read'; done: number; total: number } | { phase: 'parse' };

/** Thrown inside a run the learner cancelled: its result is dropped, nothing is shown. */
class Cancelled extends Error {}

/**
 * The 导入题库 screen: a file or pasted text is previewed (nothing written), chapters are confirmed, then 导入 N 题
 * writes it; 取消 forgets the preview and writes nothing.
 */
export class ImportState {
  readonly #backend: Backend;
  #subject = $state<SubjectId>('jc');
  #preview = $state<ImportPreview | null>(null);
  #source: Source | null = null;
  #choices = $state<Record<string, string | null>>({});
  /** Per row (item id): a chapter chosen for that one item, over its 章节 text's choice. */
  #rows = $state<Record<string, string | null>>({});
  #scope = $state<'learner' | 'centre'>('learner');
  #busy = $state(false);
  #message = $state<{ ok: boolean; text: string } | null>(null);
  #banks = $state<ImportedBankInfo[]>([]);
  #progress = $state<ImportProgress | null>(null);
  /** Bumped by 取消: a read or preview still under way sees it changed and drops its result. */
  #generation = 0;
  #committing = $state(false);

  constructor(backend: Backend, subject: SubjectId) {
    this.#backend = backend;
    this.#subject = subject;
  }

  get subject() {
    return this.#subject;
  }
  get preview() {
    return this.#preview;
  }
  get choices() {
    return this.#choices;
  }
  get rows() {
    return this.#rows;
  }
  get scope() {
    return this.#scope;
  }
  get busy() {
    return this.#busy;
  }
  get message() {
    return this.#message;
  }
  get banks() {
    return this.#banks;
  }
  /** The file being read (a progress bar with 取消), or null. */
  get progress() {
    return this.#progress;
  }
  /** True while 导入 N 题 writes: it can no longer be cancelled then. */
  get committing() {
    return this.#committing;
  }
  /** How many items 导入 N 题 would write: those whose chapter is chosen or matched. */
  get importable(): number {
    const p = this.#preview;
    if (!p) return 0;
    let n = p.chapters.reduce((sum, c) => sum + (this.#choices[c.text] ? c.count : 0), 0);
    for (const item of p.items) {
      if (!Object.hasOwn(this.#rows, item.id)) continue;
      n += (this.#rows[item.id] ? 1 : 0) - (this.#choices[item.chapterText] ? 1 : 0);
    }
    return n;
  }

  setSubject(subject: SubjectId): void {
    this.#subject = subject;
    this.cancel(false);
  }
  setScope(scope: 'learner' | 'centre'): void {
    this.#scope = scope;
  }
  setChoice(text: string, chapterId: string | null): void {
    this.#choices = { ...this.#choices, [text]: chapterId };
  }
  /** One row: `chapterId` for this item only; `undefined` goes back to its 章节 text's choice. */
  setRowChoice(itemId: string, chapterId: string | null | undefined): void {
    const next = { ...this.#rows };
    if (chapterId === undefined) delete next[itemId];
    else next[itemId] = chapterId;
    this.#rows = next;
  }
  /** The whole file at once: every 章节 text that matched no syllabus chapter goes to `chapterId` (or is not imported). */
  setUnmatched(chapterId: string | null): void {
    const p = this.#preview;
    if (!p) return;
    const next = { ...this.#choices };
    for (const c of p.chapters) if (c.kind === 'none') next[c.text] = chapterId;
    this.#choices = next;
  }

  async #run(work: () => Promise<string | null>): Promise<void> {
    const token = ++this.#runToken;
    this.#busy = true;
    this.#message = null;
    try {
      const text = await work();
      if (text) this.#message = { ok: true, text };
    } catch (e) {
      if (e instanceof Cancelled) return;
      this.#message = { ok: false, text: e instanceof BackendError ? e.message : M.failed };
    } finally {
      // A run cancelled and overtaken by a newer one leaves the newer one's busy alone.
      if (token === this.#runToken) this.#busy = false;
    }
  }
  #runToken = 0;

  /** Throws Cancelled when 取消 was pressed since `gen` was taken. */
  #check(gen: number): void {
    if (gen !== this.#generation) throw new Cancelled();
  }

  /** The file's bytes, read in chunks with the progress bar moving; stops at a 取消. */
  async #readBytes(file: ChosenFile, gen: number): Promise<Uint8Array> {
    this.#progress = { phase: 'read', done: 0, total: file.size };
    if (!file.stream) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.#check(gen);
      return bytes;
    }
    const out = new Uint8Array(file.size);
    const reader = file.stream().getReader();
    let done = 0;
    try {
      for (;;) {
        const r = await reader.read();
        this.#check(gen);
        if (r.done) break;
        out.set(r.value.subarray(0, Math.max(0, out.length - done)), done);
        done += r.value.byteLength;
        this.#progress = { phase: 'read', done: Math.min(done, file.size), total: file.size };
      }
    } finally {
      reader.releaseLock();
    }
    return done < out.length ? out.subarray(0, done) : out;
  }

  async #previewOf(source: Source, gen = this.#generation): Promise<void> {
    await this.#run(async () => {
      this.#preview = null;
      this.#progress = { phase: 'parse' };
      let p: ImportPreview;
      try {
        p = await this.#backend['import:preview']({ subject: this.#subject, ...source });
      } catch (e) {
        // A preview stopped by 停止读取 fails in the main process too: that is the cancel, not an error to show.
        this.#check(gen);
        throw e;
      } finally {
        if (gen === this.#generation) this.#progress = null;
      }
      this.#check(gen);
      this.#source = source;
      this.#preview = p;
      // Exact and close matches start chosen (close ones are marked 请确认); the rest start as not imported.
      this.#choices = Object.fromEntries(p.chapters.map((c) => [c.text, c.chapterId]));
      this.#rows = {};
      return null;
    });
  }

  /** Reads a chosen file and previews it. */
  async chooseFile(file: ChosenFile): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      this.cancel(false);
      this.#message = { ok: false, text: M.tooBig };
      return;
    }
    this.cancel(false);
    const gen = this.#generation;
    this.#busy = true;
    let data: string;
    try {
      const bytes = await this.#readBytes(file, gen);
      const encoded = await bytesToBase64InPieces(bytes, () => gen !== this.#generation);
      this.#check(gen);
      data = encoded!;
    } catch (e) {
      if (gen === this.#generation) {
        this.#busy = false;
        this.#progress = null;
        if (!(e instanceof Cancelled)) this.#message = { ok: false, text: M.failed };
      }
      return;
    }
    await this.#previewOf({ fileName: file.name, data }, gen);
  }

  /** Reads the same sheet again through the columns the learner set (remembered when the items are imported). */
  async applyMapping(mapping: ColumnMapping): Promise<void> {
    const source = this.#source;
    if (!source || !('data' in source)) return;
    await this.#previewOf({ fileName: source.fileName, data: source.data, mapping });
  }

  /** Previews pasted text. */
  async pasteText(text: string): Promise<void> {
    await this.#previewOf({ fileName: M.pasteName, text });
  }

  /** 导入 N 题: writes the previewed items with the chosen chapters. */
  async commit(adminPin?: string): Promise<void> {
    const source = this.#source;
    if (!source || !this.#preview) return;
    this.#committing = true;
    await this.#run(async () => {
      const r = await this.#backend['import:commit']({
        subject: this.#subject,
        ...source,
        chapters: this.#choices,
        ...(Object.keys(this.#rows).length ? { rows: this.#rows } : {}),
        scope: this.#scope,
        ...(this.#scope === 'centre' && adminPin ? { adminPin } : {}),
      });
      this.#preview = null;
      this.#source = null;
      this.#banks = await this.#backend['import:list'](undefined);
      return M.done(r.added, r.skipped);
    });
    this.#committing = false;
  }

  /**
   * 取消: forgets the preview, or stops a file being read or analysed (its result is dropped when it comes); nothing
   * was written. 导入 N 题 already writing is not cancelled.
   */
  cancel(say = true): void {
    if (this.#committing) return;
    this.#generation++;
    if (this.#progress) {
      // A big file may be analysed in the main process's worker: stop it too (its preview is dropped either way).
      if (this.#progress.phase === 'parse') void this.#backend['import:cancel'](undefined).catch(() => undefined);
      this.#progress = null;
      this.#busy = false;
    }
    this.#preview = null;
    this.#source = null;
    this.#choices = {};
    this.#rows = {};
    this.#message = say ? { ok: true, text: M.cancelled } : null;
  }

  async loadBanks(): Promise<void> {
    await this.#run(async () => {
      this.#banks = await this.#backend['import:list'](undefined);
      return null;
    });
  }

  /**
   * Keeps the list current while the screen is open: the bank read again anywhere (a class bank pulled by the
   * background sync, another window's import) re-reads it, quietly — no busy state, no message, and a failed read
   * leaves the list as it was. Returns the function that stops it.
   */
  followBanks(): () => void {
    return this.#backend.on('bank:reloaded', () => {
      void this.#backend['import:list'](undefined).then(
        (banks) => (this.#banks = banks),
        () => {},
      );
    });
  }

  /** The 今日学习 switch of one imported bank (off until the learner turns it on). */
  async setToday(bank: ImportedBankInfo, on: boolean): Promise<void> {
    await this.#run(async () => {
      await this.#backend['import:setToday']({ bankFile: bank.bankFile, scope: bank.scope, on });
      this.#banks = await this.#backend['import:list'](undefined);
      return on ? M.todayOn(bank.file) : M.todayOff(bank.file);
    });
  }

  /** Removes a bank of 我的题库 or 机构题库 (a class bank is the centre's: it has no 删除 and is refused here). */
  async remove(bank: ImportedBankInfo, adminPin?: string): Promise<void> {
    const scope = bank.scope;
    if (scope === 'class') return;
    await this.#run(async () => {
      const r = await this.#backend['import:remove']({
        bankFile: bank.bankFile,
        scope,
        ...(scope === 'centre' && adminPin ? { adminPin } : {}),
      });
      this.#banks = await this.#backend['import:list'](undefined);
      return M.removed(r.removed);
    });
  }
}
