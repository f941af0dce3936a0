// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../lib/backend/backend';
import { appContextMap, createAppContext } from '../../lib/app/appContext';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { TestId } from '../../lib/testIds';
import Practice from './Practice.svelte';

describe('Practice screen', () => {
  it('shows the question, round buttons for 单选, the key and 解析 after answering by keyboard', async () => {
    const app = createAppContext(await inProcessBackend());
    render(Practice, {
      props: { source: { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, title: '综合能力 · 第6章' },
      context: appContextMap(app),
    });
    await screen.findByTestId(TestId.questionStem);
    expect(screen.getByTestId(TestId.questionCounter).textContent).toBe('第 1 / 3 题');
    expect(screen.getByTestId(TestId.option('A')).getAttribute('role')).toBe('radio');
    await fireEvent.keyDown(window, { key: '1' });
    expect(screen.getByTestId(TestId.option('A')).getAttribute('aria-checked')).toBe('true');
    await fireEvent.keyDown(window, { key: 'Enter' });
    await screen.findByTestId(TestId.feedback);
    expect(screen.getByTestId(TestId.feedbackVerdict).textContent).toBe('回答错误');
    expect(screen.getByTestId(TestId.feedbackKey).textContent).toBe('C');
    expect((await screen.findByTestId(TestId.explanation)).textContent).toContain('同理心');
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByTestId(TestId.questionCounter).textContent).toBe('第 2 / 3 题'));
    expect(screen.getByTestId(TestId.option('E')).getAttribute('role')).toBe('checkbox');
  });

  it('issue 14: 提交 puts the verdict, the choice and the key in the page in its own task; the 解析 follows by itself', async () => {
    const real = await inProcessBackend();
    let keysHere = false;
    const backend: Backend = {
      ...real,
      'practice:keys': async (args) => {
        const r = await real['practice:keys'](args);
        keysHere = true;
        return r;
      },
    };
    render(Practice, {
      props: { source: { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, title: '综合能力 · 第6章' },
      context: appContextMap(createAppContext(backend)),
    });
    await screen.findByTestId(TestId.questionStem);
    await vi.waitFor(() => expect(keysHere).toBe(true));
    await fireEvent.keyDown(window, { key: '3' });
    // No await from here on: what is in the page at the end of the keydown's task.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    flushSync();
    expect(screen.getByTestId(TestId.feedbackVerdict).textContent).toBe('回答正确');
    expect(screen.getByTestId(TestId.feedbackKey).textContent).toBe('C');
    expect(screen.getByTestId(TestId.next)).toBe(document.activeElement);
    expect(screen.queryByTestId(TestId.explanation)).toBeNull();
    // Without anything else done, the 解析 appears after that frame.
    expect((await screen.findByTestId(TestId.explanation)).textContent).toContain('同理心');
  });

  it('issue 14: a long set shows its 答题卡 a page of 50 at a time, following the item on screen; the learner can leaf', async () => {
    const real = await inProcessBackend();
    const [one] = (await real['practice:start']({ subject: 'jc', chapter: 'jc25-06' })).questions;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...one!, id: `${one!.id}-copy-${i}` }));
    const backend: Backend = {
      ...real,
      'practice:questions': () => Promise.resolve({ questions: many }),
      'practice:keys': () => Promise.resolve({ keys: [] }),
      // Each copy is answered as the item it copies (main knows only that one).
      'practice:answer': async (args) => ({
        ...(await real['practice:answer']({ ...args, questionId: one!.id })),
        questionId: args.questionId,
      }),
    };
    render(Practice, {
      props: { source: { kind: 'ids', ids: many.map((q) => q.id), mode: 'mistakes' }, title: '错题本' },
      context: appContextMap(createAppContext(backend)),
    });
    await screen.findByTestId(TestId.questionStem);
    const cells = () => screen.getByTestId(TestId.practicePalette).querySelectorAll('.answer-card-grid .cell');
    expect(cells()).toHaveLength(50);
    expect(screen.getByTestId(TestId.practiceCardRange).textContent).toBe('第 1–50 题（共 120 题）');
    expect(screen.getByTestId(TestId.practiceCardPrev).hasAttribute('disabled')).toBe(true);
    // Leafing to the last page (20 cells) and jumping to an item there moves the question on screen.
    await fireEvent.click(screen.getByTestId(TestId.practiceCardNext));
    await fireEvent.click(screen.getByTestId(TestId.practiceCardNext));
    expect(screen.getByTestId(TestId.practiceCardRange).textContent).toBe('第 101–120 题（共 120 题）');
    expect(cells()).toHaveLength(20);
    expect(screen.getByTestId(TestId.practiceCardNext).hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId(TestId.practiceCardBack)).toBeTruthy();
    await fireEvent.click(screen.getByTestId(TestId.practiceCell(110)));
    expect(screen.getByTestId(TestId.questionCounter).textContent).toBe('第 110 / 120 题');
    expect(screen.getByTestId(TestId.practiceCell(110)).getAttribute('aria-current')).toBe('step');
    expect(screen.queryByTestId(TestId.practiceCardBack)).toBeNull();
    // Leafing away and back: 回到当前题 shows the page of the item on screen again.
    await fireEvent.click(screen.getByTestId(TestId.practiceCardPrev));
    expect(screen.getByTestId(TestId.practiceCardRange).textContent).toBe('第 51–100 题（共 120 题）');
    await fireEvent.click(screen.getByTestId(TestId.practiceCardBack));
    expect(screen.getByTestId(TestId.practiceCardRange).textContent).toBe('第 101–120 题（共 120 题）');
    // Moving on by keyboard past a page's end brings the card along.
    await fireEvent.click(screen.getByTestId(TestId.practiceCardPrev));
    await fireEvent.click(screen.getByTestId(TestId.practiceCell(100)));
    expect(screen.getByTestId(TestId.practiceCardRange).textContent).toBe('第 51–100 题（共 120 题）');
    await fireEvent.keyDown(window, { key: '1' });
    await fireEvent.keyDown(window, { key: 'Enter' });
    await screen.findByTestId(TestId.feedback);
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByTestId(TestId.questionCounter).textContent).toBe('第 101 / 120 题'));
    expect(screen.getByTestId(TestId.practiceCardRange).textContent).toBe('第 101–120 题（共 120 题）');
  });

  it('a set of 50 or fewer shows every cell and no pager', async () => {
    render(Practice, {
      props: { source: { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, title: '综合能力 · 第6章' },
      context: appContextMap(createAppContext(await inProcessBackend())),
    });
    await screen.findByTestId(TestId.questionStem);
    expect(screen.getByTestId(TestId.practicePalette).querySelectorAll('.answer-card-grid .cell')).toHaveLength(3);
    expect(screen.queryByTestId(TestId.practiceCardRange)).toBeNull();
  });
});
