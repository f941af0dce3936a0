import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves after the current task and its microtasks, in a task of its own', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('task'));
    queueMicrotask(() => order.push('microtask'));
    void Promise.resolve().then(() => order.push('then'));
    order.push('sync');
    await done;
    expect(order).toEqual(['sync', 'microtask', 'then', 'task']);
  });
});
