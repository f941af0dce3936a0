/** The 纸上作答 clock of one case: counts down from the chosen minutes, and says so gently when time is up. */
export class CaseTimer {
  readonly #clock: () => number;
  readonly #every: (fn: () => void, ms: number) => () => void;
  #endsAt = 0;
  #totalMs = $state(0);
  #now = $state(0);
  #stop: (() => void) | null = null;

  constructor(
    clock: () => number = () => Date.now(),
    every: (fn: () => void, ms: number) => () => void = (fn, ms) => {
      const t = setInterval(fn, ms);
      return () => clearInterval(t);
    },
  ) {
    this.#clock = clock;
    this.#every = every;
  }

  /** Starts (or restarts) the countdown. */
  start(minutes: number): void {
    this.stop();
    this.#totalMs = minutes * 60_000;
    this.#now = this.#clock();
    this.#endsAt = this.#now + this.#totalMs;
    this.#stop = this.#every(() => {
      this.#now = this.#clock();
      if (this.#now >= this.#endsAt) this.stop();
    }, 1000);
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  get running(): boolean {
    return this.#totalMs > 0;
  }
  get remainingMs(): number {
    return this.#totalMs ? Math.max(0, this.#endsAt - this.#now) : 0;
  }
  /** Time is up (the notice shows; the learner may still finish the sentence and mark). */
  get over(): boolean {
    return this.#totalMs > 0 && this.remainingMs === 0;
  }
  /** mm:ss */
  get text(): string {
    const s = Math.ceil(this.remainingMs / 1000);
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }
}

/** 字数 as the exam counts it roughly: every character that is not white space. */
export function wordCount(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** The reference's 答题思路 without a leading "答题思路：" (the heading already says it). */
export function thinkingText(explanation: string): string {
  return explanation.replace(/^\s*答题思路\s*[：:]\s*/, '');
}
