import type { SubjectId } from '@shared/bank/schema';
import type { ColumnMapping, ImportedBankInfo, ImportPreview } from '@shared/ipc/contract/import';
import { BackendError, type Backend } from '../backend/backend';
import { bytesToBase64 } from './base64';
import { IMPORT_MESSAGES as M } from './messages';

/** The largest file read (the main process refuses bigger ones too). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Source = { fileName: string; data: string; mapping?: ColumnMapping } | { fileName: string; text: string };

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
  #scope = $state<'learner' | 'centre'>('learner');
  #busy = $state(false);
  #message = $state<{ ok: boolean; text: string } | null>(null);
  #banks = $state<ImportedBankInfo[]>([]);

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
  /** How many items 导入 N 题 would write: those whose chapter is chosen or matched. */
  get importable(): number {
    const p = this.#preview;
    if (!p) return 0;
    return p.chapters.reduce((n, c) => n + (this.#choices[c.text] ? c.count : 0), 0);
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

  async #run(work: () => Promise<string | null>): Promise<void> {
    this.#busy = true;
    this.#message = null;
    try {
      const text = await work();
      if (text) this.#message = { ok: true, text };
    } catch (e) {
      this.#message = { ok: false, text: e instanceof BackendError ? e.message : M.failed };
    } finally {
      this.#busy = false;
    }
  }

  async #previewOf(source: Source): Promise<void> {
    await this.#run(async () => {
      this.#preview = null;
      const p = await this.#backend['import:preview']({ subject: this.#subject, ...source });
      this.#source = source;
      this.#preview = p;
      // Exact and close matches start chosen (close ones are marked 请确认); the rest start as not imported.
      this.#choices = Object.fromEntries(p.chapters.map((c) => [c.text, c.chapterId]));
      return null;
    });
  }

  /** Reads a chosen file and previews it. */
  async chooseFile(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      this.cancel(false);
      this.#message = { ok: false, text: M.tooBig };
      return;
    }
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await this.#previewOf({ fileName: file.name, data });
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
    await this.#run(async () => {
      const r = await this.#backend['import:commit']({
        subject: this.#subject,
        ...source,
        chapters: this.#choices,
        scope: this.#scope,
        ...(this.#scope === 'centre' && adminPin ? { adminPin } : {}),
      });
      this.#preview = null;
      this.#source = null;
      this.#banks = await this.#backend['import:list'](undefined);
      return M.done(r.added, r.skipped);
    });
  }

  /** 取消: forgets the preview; nothing was written. */
  cancel(say = true): void {
    this.#preview = null;
    this.#source = null;
    this.#choices = {};
    this.#message = say ? { ok: true, text: M.cancelled } : null;
  }

  async loadBanks(): Promise<void> {
    await this.#run(async () => {
      this.#banks = await this.#backend['import:list'](undefined);
      return null;
    });
  }

  async remove(bank: ImportedBankInfo, adminPin?: string): Promise<void> {
    await this.#run(async () => {
      const r = await this.#backend['import:remove']({
        bankFile: bank.bankFile,
        scope: bank.scope,
        ...(bank.scope === 'centre' && adminPin ? { adminPin } : {}),
      });
      this.#banks = await this.#backend['import:list'](undefined);
      return M.removed(r.removed);
    });
  }
}
