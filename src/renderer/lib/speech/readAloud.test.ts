import { describe, expect, it } from 'vitest';
import { chineseVoice, ReadAloud, spokenText, type SynthLike, type UtteranceLike, type VoiceLike } from './readAloud.svelte';

function fakeSynth(voices: VoiceLike[]) {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  let onVoices: (() => void) | null = null;
  const synth: SynthLike = {
    getVoices: () => voices,
    speak: (u) => void spoken.push(u),
    cancel: () => void (cancels += 1),
    addEventListener: (_t, l) => (onVoices = l),
  };
  const utterance = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
  return { synth, utterance, spoken, cancels: () => cancels, voicesChanged: () => onVoices?.() };
}

const q = {
  stem: '社会工作的目标是（　）。',
  options: [
    { key: 'A', text: '解救危难' },
    { key: 'B', text: '促进发展' },
  ],
};

describe('ReadAloud (朗读)', () => {
  it('picks a Chinese voice, mainland and local first, and none without one', () => {
    const en = { lang: 'en-US', name: 'David' };
    const tw = { lang: 'zh-TW', name: 'Hanhan' };
    const cnRemote = { lang: 'zh-CN', name: 'Online', localService: false };
    const cn = { lang: 'zh-CN', name: 'Huihui', localService: true };
    expect(chineseVoice([en, tw, cnRemote, cn])).toBe(cn);
    expect(chineseVoice([en, tw])).toBe(tw);
    expect(chineseVoice([en])).toBeNull();
  });

  it('reads the stem and each option with its letter, in the Chinese voice', () => {
    const f = fakeSynth([
      { lang: 'en-US', name: 'David' },
      { lang: 'zh-CN', name: 'Huihui' },
    ]);
    const r = new ReadAloud(f.synth, f.utterance);
    expect(r.available).toBe(true);
    r.toggle(q.stem, q.options);
    expect(r.speaking).toBe(true);
    expect(f.spoken).toHaveLength(1);
    expect(f.spoken[0]).toMatchObject({ text: spokenText(q.stem, q.options), lang: 'zh-CN', voice: { name: 'Huihui' } });
    expect(f.spoken[0]!.text).toContain('A，解救危难。');
    f.spoken[0]!.onend?.();
    expect(r.speaking).toBe(false);
  });

  it('stops on demand, and an old reading ending later does not clear a new one', () => {
    const f = fakeSynth([{ lang: 'zh-CN', name: 'Huihui' }]);
    const r = new ReadAloud(f.synth, f.utterance);
    r.speak(q.stem, q.options);
    const first = f.spoken[0]!;
    const before = f.cancels();
    r.stop();
    expect(f.cancels()).toBe(before + 1);
    expect(r.speaking).toBe(false);
    r.speak('第二题', []);
    first.onend?.();
    expect(r.speaking).toBe(true);
    r.toggle('第二题', []);
    expect(r.speaking).toBe(false);
  });

  it('is unavailable without Chinese voices, and becomes available when the list arrives late', () => {
    const voices: VoiceLike[] = [];
    const f = fakeSynth(voices);
    const r = new ReadAloud(f.synth, f.utterance);
    expect(r.available).toBe(false);
    r.speak(q.stem, q.options);
    expect(f.spoken).toEqual([]);
    voices.push({ lang: 'zh-CN', name: 'Huihui' });
    f.voicesChanged();
    expect(r.available).toBe(true);
    expect(new ReadAloud(null, f.utterance).available).toBe(false);
  });
});
