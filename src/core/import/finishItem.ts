import type { SubjectId } from '@shared/bank/schema';
import { importedItemId } from './ids';
import { inKeyOrder, isJudgeWordOnly, judgeValueOf, lettersOf } from './keys';
import { importMsg as m } from './messages';
import { excerptOf, toHalfWidth } from './normalise';
import { IMPORT_KEYS, type CandidateItem, type ImportKey, type RawItem, type Refusal, type TypeSource } from './types';

type DeclaredType = 'single' | 'multiple' | 'judge' | { unsupported: string } | undefined;

/** The type a 题型 cell or a section header names; undefined for none or a bare 选择题 (the key count decides). */
export function declaredTypeOf(typeText: string | undefined): DeclaredType {
  const t = toHalfWidth(typeText ?? '').replace(/\s+/g, '');
  if (!t) return undefined;
  if (t.includes('判断') || t === '是非题' || t === '对错题') return 'judge';
  if (/多选|多项|不定项/.test(t)) return 'multiple';
  if (/单选|单项/.test(t)) return 'single';
  if (/^(选择题?|客观题)$/.test(t)) return undefined;
  return { unsupported: typeText!.trim() };
}

const refuse = (raw: RawItem, reason: string): Refusal => ({
  source: raw.source,
  excerpt: excerptOf(raw.stem || raw.options.map((o) => o.text).join(' ')),
  reason,
});

/**
 * Applies the rules that keep an import honest: nothing is guessed. No key → refused; a key that is not an option →
 * refused; 单选 with several keys → refused; the type comes from the 题型 column or section, else from the key count.
 * 判断题 become two-option single items (正确 / 错误).
 */
export function finishItem(raw: RawItem, subject: SubjectId): CandidateItem | Refusal {
  const stem = raw.stem.trim();
  if (!stem) return refuse(raw, m.noStem);
  const declared = declaredTypeOf(raw.typeText);
  if (typeof declared === 'object') return refuse(raw, m.unsupportedType(declared.unsupported));
  const keyText = (raw.keyText ?? '').trim();
  const options = raw.options.map((o) => ({ key: o.key, text: o.text.trim() }));
  const explanation = (raw.explanation ?? '').trim();
  const chapterText = (raw.chapterText ?? '').trim();
  const typeSource: TypeSource = declared ? (raw.typeSource ?? 'column') : 'keys';
  const base = { stem, explanation, chapterText, source: raw.source };

  const judgeByKey = declared === undefined && options.length === 0 && isJudgeWordOnly(keyText);
  if (declared === 'judge' || judgeByKey) {
    if (!keyText) return refuse(raw, m.noKey);
    const value = judgeValueOf(keyText);
    if (options.length === 0) {
      if (value === undefined) return refuse(raw, m.judgeKey(keyText));
      const opts = [
        { key: 'A' as const, text: m.judgeTrue },
        { key: 'B' as const, text: m.judgeFalse },
      ];
      return {
        ...base,
        id: importedItemId(
          subject,
          stem,
          opts.map((o) => o.text),
        ),
        type: 'single',
        judge: true,
        typeSource,
        options: opts,
        answer: [value ? 'A' : 'B'],
      };
    }
    if (options.length !== 2 || options[0]!.key !== 'A' || options[1]!.key !== 'B') return refuse(raw, m.judgeOptions);
    const opts = options as { key: ImportKey; text: string }[];
    let key: ImportKey | undefined;
    const letters = lettersOf(keyText);
    if (letters && letters.length === 1 && (letters[0] === 'A' || letters[0] === 'B')) key = letters[0];
    else if (value !== undefined) key = opts.find((o) => judgeValueOf(o.text) === value)?.key;
    if (!key) return refuse(raw, m.judgeKey(keyText));
    return {
      ...base,
      id: importedItemId(
        subject,
        stem,
        opts.map((o) => o.text),
      ),
      type: 'single',
      judge: true,
      typeSource,
      options: opts,
      answer: [key],
    };
  }

  if (options.length === 0) return refuse(raw, m.noOptions);
  if (options.length === 1) return refuse(raw, m.oneOption);
  if (options.length > IMPORT_KEYS.length) return refuse(raw, m.tooManyOptions(options.length));
  for (let i = 0; i < options.length; i++) {
    if (options[i]!.key !== IMPORT_KEYS[i]) return refuse(raw, m.optionGap(IMPORT_KEYS[i]!));
    if (!options[i]!.text) return refuse(raw, m.emptyOption(options[i]!.key));
  }
  if (new Set(options.map((o) => o.text)).size !== options.length) return refuse(raw, m.optionsRepeat);

  if (!keyText) return refuse(raw, m.noKey);
  const letters = lettersOf(keyText);
  if (!letters) return refuse(raw, m.keyUnreadable(keyText));
  if (new Set(letters).size !== letters.length) return refuse(raw, m.keyRepeat(keyText));
  const keys = options.map((o) => o.key);
  const missing = letters.filter((l) => !keys.includes(l));
  if (missing.length) return refuse(raw, m.keyNotOption(missing.join('、')));
  const answer = inKeyOrder(letters) as ImportKey[];
  if (declared === 'single' && answer.length > 1) return refuse(raw, m.singleManyKeys(answer.join('')));
  if (declared === 'multiple' && answer.length < 2) return refuse(raw, m.multipleOneKey(answer.join('')));
  const type = declared ?? (answer.length === 1 ? 'single' : 'multiple');
  return {
    ...base,
    id: importedItemId(
      subject,
      stem,
      options.map((o) => o.text),
    ),
    type,
    judge: false,
    typeSource,
    options: options as { key: ImportKey; text: string }[],
    answer,
  };
}

export const isRefusal = (x: CandidateItem | Refusal): x is Refusal => 'reason' in x;
