import { SPEECH_MESSAGES as M } from './messages';

/** What ReadAloud uses of a voice (SpeechSynthesisVoice). */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService?: boolean;
  readonly default?: boolean;
}

/** What ReadAloud uses of an utterance (SpeechSynthesisUtterance). */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
}

/** What ReadAloud uses of `window.speechSynthesis`. */
export interface SynthLike {
  getVoices(): readonly VoiceLike[];
  speak(u: UtteranceLike): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** The Chinese voice to read with: a mainland one first, one on this machine (works offline) before others. */
export function chineseVoice(voices: readonly VoiceLike[]): VoiceLike | null {
  const zh = voices.filter((v) => /^zh/i.test(v.lang));
  const rank = (v: VoiceLike) => (/^zh[-_]CN/i.test(v.lang) ? 0 : 2) + (v.localService === false ? 1 : 0);
  return [...zh].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** The text read for a question: the stem, then each option with its letter. */
export function spokenText(stem: string, options: readonly { key: string; text: string }[]): string {
  return [stem, `${M.optionsIntro}：`, ...options.map((o) => `${o.key}，${o.text}。`)].join('\n');
}

/**
 * 朗读: reads a question aloud with the system's Chinese voice (Web Speech API; Windows ships one that works offline).
 * `available` is false where no Chinese voice exists, and the button is then not shown.
 */
export class ReadAloud {
  readonly #synth: SynthLike | null;
  readonly #utterance: (text: string) => UtteranceLike;
  #voice = $state<VoiceLike | null>(null);
  #speaking = $state(false);
  /** Which question is being read (a later `stop` from an old one must not cut a new reading short). */
  #turn = 0;

  constructor(synth: SynthLike | null, utterance: (text: string) => UtteranceLike) {
    this.#synth = synth;
    this.#utterance = utterance;
    this.#pickVoice();
    // Chromium fills the voice list after start-up.
    synth?.addEventListener?.('voiceschanged', () => this.#pickVoice());
  }

  get available(): boolean {
    return this.#voice !== null;
  }
  get speaking(): boolean {
    return this.#speaking;
  }

  speak(stem: string, options: readonly { key: string; text: string }[]): void {
    const synth = this.#synth;
    const voice = this.#voice;
    if (!synth || !voice) return;
    synth.cancel();
    const turn = ++this.#turn;
    const u = this.#utterance(spokenText(stem, options));
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    u.onend = u.onerror = () => {
      if (turn === this.#turn) this.#speaking = false;
    };
    this.#speaking = true;
    synth.speak(u);
  }

  /** Stops reading (the learner answered or moved on). */
  stop(): void {
    this.#turn += 1;
    if (this.#speaking) this.#synth?.cancel();
    this.#speaking = false;
  }

  /** 朗读 / 停止朗读. */
  toggle(stem: string, options: readonly { key: string; text: string }[]): void {
    if (this.#speaking) this.stop();
    else this.speak(stem, options);
  }

  #pickVoice(): void {
    try {
      this.#voice = this.#synth ? chineseVoice(this.#synth.getVoices()) : null;
    } catch {
      this.#voice = null;
    }
  }
}

/** Read-aloud over the page's speechSynthesis, or an unavailable one where there is none (Node tests). */
export function pageReadAloud(): ReadAloud {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') {
    return new ReadAloud(null, () => ({ text: '', lang: '', rate: 1, voice: null, onend: null, onerror: null }));
  }
  return new ReadAloud(speechSynthesis as unknown as SynthLike, (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike);
}
