import { describeWriteError, STORAGE_MESSAGES } from './messages';

/**
 * Tracks writes that failed (disk full, read-only folder). The data stays in memory; each failed writer registers a
 * retry, which runs on a timer and before the next write, until the disk accepts it again.
 */
export class StorageHealth {
  readonly #pending = new Map<string, { retry: () => Promise<void>; detail: string }>();
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly log: (m: string) => void,
    private readonly retryMs = 15_000,
    /** Called whenever `problem` changes (a write starts waiting for the disk, or the last one is saved). */
    private readonly onChange: (problem: string | null) => void = () => {},
  ) {}

  /** Runs a write; on failure keeps it for retry and returns false instead of throwing. */
  async run(key: string, write: () => Promise<void>): Promise<boolean> {
    const before = this.problem;
    try {
      await write();
      this.#pending.delete(key);
      this.#stopIfIdle();
      return true;
    } catch (e) {
      const detail = describeWriteError(e);
      this.log(`storage: write ${key} failed: ${detail}`);
      this.#pending.set(key, { retry: write, detail });
      this.#timer ??= setInterval(() => void this.retryAll(), this.retryMs);
      this.#timer.unref?.();
      return false;
    } finally {
      const after = this.problem;
      if (after !== before) this.onChange(after);
    }
  }

  async retryAll(): Promise<void> {
    for (const [key, { retry }] of [...this.#pending]) await this.run(key, retry);
  }

  /** A learner-facing message while any write is outstanding, else null. */
  get problem(): string | null {
    if (this.#pending.size === 0) return null;
    return STORAGE_MESSAGES.writeFailed(this.#pending.values().next().value!.detail);
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  #stopIfIdle(): void {
    if (this.#pending.size === 0 && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = null;
    }
  }

  dispose(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
