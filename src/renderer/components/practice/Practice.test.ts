// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
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
    expect(screen.getByTestId(TestId.explanation).textContent).toContain('同理心');
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByTestId(TestId.questionCounter).textContent).toBe('第 2 / 3 题'));
    expect(screen.getByTestId(TestId.option('E')).getAttribute('role')).toBe('checkbox');
  });
});
