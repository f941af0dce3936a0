import { IMPORT_KEYS } from './types';
import { toHalfWidth } from './normalise';

const JUDGE_TRUE = new Set(['对', '√', '✓', '✔', '正确', '是', 'T', 'TRUE', 'Y', '对的', 'V']);
const JUDGE_FALSE = new Set(['错', '×', '✗', '✘', '错误', '否', 'F', 'FALSE', 'N', '错的', 'X']);

/** 对 / 错 read from a key written as 对, √, 正确, T …; undefined when it is not a judgement word. */
export function judgeValueOf(keyText: string): boolean | undefined {
  const k = toHalfWidth(keyText).replace(/\s+/g, '').toUpperCase();
  if (JUDGE_TRUE.has(k)) return true;
  if (JUDGE_FALSE.has(k)) return false;
  return undefined;
}

/** True when a key is a judgement word that cannot also be read as option letters (F, T, X, Y, N, V can). */
export function isJudgeWordOnly(keyText: string): boolean {
  const k = toHalfWidth(keyText).replace(/\s+/g, '').toUpperCase();
  return judgeValueOf(k) !== undefined && !/^[A-Z]+$/.test(k);
}

/**
 * Option letters from a key written `ABD`, `A、B、D`, `A,B,D`, `A B D`, `Ａ` or `abd`, in the order written.
 * Returns null when the text is anything else (the caller refuses the item; no letter is ever made up).
 */
export function lettersOf(keyText: string): string[] | null {
  const k = toHalfWidth(keyText)
    .trim()
    .replace(/[。.；;]+$/, '');
  if (!k) return null;
  const compact = k.replace(/[\s、,，/;；|]+/g, '');
  if (!/^[A-Za-z]+$/.test(compact)) return null;
  return compact.toUpperCase().split('');
}

/** The letters in option order, for storing; assumes they are valid keys. */
export const inKeyOrder = (letters: readonly string[]): string[] =>
  [...letters].sort((a, b) => IMPORT_KEYS.indexOf(a as never) - IMPORT_KEYS.indexOf(b as never));
