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
});
