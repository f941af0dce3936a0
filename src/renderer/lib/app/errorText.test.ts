import { describe, expect, it } from 'vitest';
import { BackendError } from '../backend/backend';
import { errorText, needsConfirm } from './errorText';

describe('errorText', () => {
  it("shows main's coded message when main refused", () => {
    expect(errorText(new BackendError('REFUSED', '已有一场模拟考试没有交卷。'), '出错了')).toBe('已有一场模拟考试没有交卷。');
  });

  it("shows the feature's fallback for anything else (a bug, a dropped connection)", () => {
    expect(errorText(new TypeError('x is undefined'), '读取统计时出错。')).toBe('读取统计时出错。');
    expect(errorText('boom', '读取统计时出错。')).toBe('读取统计时出错。');
  });

  it('needsConfirm is true only for a NEEDS_CONFIRM refusal', () => {
    expect(needsConfirm(new BackendError('NEEDS_CONFIRM', '要合并吗？'))).toBe(true);
    expect(needsConfirm(new BackendError('REFUSED', '不行'))).toBe(false);
    expect(needsConfirm(new Error('x'))).toBe(false);
  });
});
