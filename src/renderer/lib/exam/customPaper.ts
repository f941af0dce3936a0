import { kindName } from '@shared/kindNames';

/**
 * Checks the custom-paper form before it is sent: a number field left empty, a fraction, too many or too few items
 * or minutes each get a message saying what to change. Returns null when the paper can be started.
 */
export function customPaperProblem(counts: Record<string, unknown>, minutes: unknown, available: Record<string, number>): string | null {
  let total = 0;
  for (const [kind, value] of Object.entries(counts)) {
    const name = kindName(kind);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return `请为“${name}”填写 0 或正整数的题量。`;
    const max = available[kind] ?? 0;
    if (value > max) return `“${name}”最多只能选 ${max} 道（题库中现有 ${max} 道）。`;
    total += value;
  }
  if (total === 0) return '试卷至少要有 1 道题，请填写题量。';
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 300)
    return '考试时间请填写 1 到 300 之间的整数（分钟）。';
  return null;
}
