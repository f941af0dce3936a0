import { describe, expect, it } from 'vitest';
import type { SubjectOverview } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { NextStepState, suggestionFor } from './nextStep.svelte';
import { PracticeSession } from './practiceSession.svelte';

const overview: SubjectOverview[] = [
  {
    id: 'jc',
    name: '社会工作综合能力（初级）',
    shortName: '综合能力',
    tree: '2025',
    items: 10,
    chapters: [
      { id: 'jc25-06', no: 6, title: '社会工作的目标', status: 'confirmed', single: 8, multiple: 2, case: 0, done: 0, correct: 0 },
    ],
  },
];

describe('the next step after 今日学习', () => {
  it('turns each of main’s suggestions into a button that leads somewhere', () => {
    expect(suggestionFor({ kind: 'mock', subject: 'jc' }, overview)).toMatchObject({
      label: '模拟考试',
      action: { kind: 'exam-lobby' },
    });
    expect(suggestionFor({ kind: 'mock', subject: 'jc' }, overview).why).toContain('社会工作综合能力（初级）');
    const chapter = suggestionFor({ kind: 'weakest-chapter', subject: 'jc', chapter: 'jc25-06' }, overview);
    expect(chapter).toMatchObject({
      label: '练这一章',
      action: {
        kind: 'practice',
        source: { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' },
        title: '综合能力 · 第6章 社会工作的目标',
      },
    });
    expect(suggestionFor({ kind: 'more-new', count: 10 }, overview)).toMatchObject({
      label: '再学 10 道新题',
      action: { kind: 'practice', source: { kind: 'today', extraNew: 10 } },
    });
    expect(suggestionFor({ kind: 'rest' }, overview)).toMatchObject({ label: '今天到此为止', action: { kind: 'home' } });
  });

  it('reads the suggestion from main; a failed read leaves none rather than a wrong one', async () => {
    const backend = await inProcessBackend();
    await backend['settings:update']({ level: 'junior' });
    const next = new NextStepState(backend);
    await next.load(overview);
    expect(next.suggestion?.label).toBeTruthy();
    const failing: Backend = {
      ...backend,
      'today:next': async () => {
        throw new Error('gone');
      },
    };
    const none = new NextStepState(failing);
    await none.load(overview);
    expect(none.suggestion).toBeNull();
  });

  it('再学 N 道新题 asks main for that many new items beyond the quota', async () => {
    const backend = await inProcessBackend();
    await backend['settings:update']({ level: 'junior', dailyNewOverride: 1 });
    let asked: unknown = 'not called';
    const spying: Backend = {
      ...backend,
      'today:start': (args) => {
        asked = args;
        return backend['today:start'](args);
      },
    };
    const plain = new PracticeSession(spying, { kind: 'today' });
    await plain.start();
    expect(asked).toBeUndefined();
    const more = new PracticeSession(spying, { kind: 'today', extraNew: 3 });
    await more.start();
    expect(asked).toEqual({ extraNew: 3 });
    expect(more.remaining).toBeGreaterThan(plain.remaining);
  });
});
