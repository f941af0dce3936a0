import { comparableOf, findNearDuplicates, findSimilarItems, type DuplicateRule, type SimilarPair } from '@core/bank/nearDuplicates';
import { validateBank, type BankProblem, type RawFile } from '@core/bank/validateBank';

export interface ChapterCount {
  id: string;
  title: string;
  single: number;
  multiple: number;
  case: number;
  /** This chapter's share of its subject's items, and its share of the subject's weight in weights.json. */
  share: number;
  weightShare: number;
}

export interface BankReport {
  subjects: { id: string; name: string; items: number; chapters: ChapterCount[] }[];
  errors: BankProblem[];
  warnings: string[];
}

/** What the content plan asks of every objective chapter: ≥ 25 items with ≥ 6 多选 (warnings, not errors). */
export const CHAPTER_MINIMUM = { items: 25, multiple: 6 };
/** Beyond the minimum, a chapter's share of its subject's items stays within ±40 % of its share of the weights. */
export const SHARE_TOLERANCE = 0.4;

export function checkBank(input: {
  subjectsFile: RawFile;
  treeFiles: RawFile[];
  bankFiles: RawFile[];
  /** Chapter weights (questions/weights.json); chapters not listed weigh 1. */
  weights?: Record<string, number>;
}): BankReport {
  const bank = validateBank(input);
  const errors: BankProblem[] = [...bank.problems];
  const fileOf = new Map(bank.items.map((i) => [i.item.id, i.file]));
  const warnings: string[] = [];
  // Objective items: compared across all subjects. Within one level (jc+jp, or mc+ml+mp) the same learner meets
  // both items, so a near-duplicate is an error; across levels it is a warning (a learner moving up may meet both).
  const levelOf = new Map(bank.subjects.map((s) => [s.id, s.level]));
  const objective = bank.items.flatMap(({ item, subject }) => comparableOf(item, levelOf.get(subject) ?? subject));
  for (const d of findSimilarItems(objective)) {
    if (d.sameGroup) {
      errors.push({ file: fileOf.get(d.b) ?? '?', itemId: d.b, field: 'stem', message: `与 ${d.a} 近似重复（${describe(d)}）` });
    } else {
      warnings.push(`跨级别近似题 ${d.a} ~ ${d.b}（${describe(d)}）`);
    }
  }
  // Case materials (实务(中级) only).
  const materials = bank.items.flatMap(({ item }) => (item.type === 'case' ? [{ id: item.id, text: item.material }] : []));
  for (const d of findNearDuplicates(materials, 0.85)) {
    errors.push({
      file: fileOf.get(d.b) ?? '?',
      itemId: d.b,
      field: 'material',
      message: `与 ${d.a} 几乎相同（相似度 ${d.similarity}）`,
    });
  }
  const subjects = bank.subjects.map((s) => {
    const tree = bank.trees.find((t) => t.subject === s.id && t.version === s.tagTree);
    const counted = (tree?.chapters ?? []).map((c) => {
      const items = bank.items.filter((i) => i.item.chapter === c.id).map((i) => i.item.type);
      return {
        id: c.id,
        title: c.title,
        single: items.filter((t) => t === 'single').length,
        multiple: items.filter((t) => t === 'multiple').length,
        case: items.filter((t) => t === 'case').length,
      };
    });
    const total = counted.reduce((n, c) => n + c.single + c.multiple + c.case, 0);
    const weightOf = (id: string) => input.weights?.[id] ?? 1;
    const weightTotal = counted.reduce((n, c) => n + weightOf(c.id), 0);
    const round = (x: number) => Math.round(x * 10_000) / 10_000;
    const chapters = counted.map((c) => ({
      ...c,
      share: total ? round((c.single + c.multiple + c.case) / total) : 0,
      weightShare: weightTotal ? round(weightOf(c.id) / weightTotal) : 0,
    }));
    if (s.blueprint.kind === 'objective') {
      for (const c of chapters) {
        const n = c.single + c.multiple;
        if (n < CHAPTER_MINIMUM.items || c.multiple < CHAPTER_MINIMUM.multiple) {
          warnings.push(
            `${c.id} ${c.title}: ${n} items (${c.multiple} 多选), below ${CHAPTER_MINIMUM.items} / ${CHAPTER_MINIMUM.multiple}`,
          );
        } else if (n > CHAPTER_MINIMUM.items && c.weightShare > 0 && Math.abs(c.share / c.weightShare - 1) > SHARE_TOLERANCE) {
          // A chapter at the minimum may sit above its weight (small chapters need the minimum to be worth practising).
          warnings.push(
            `${c.id} ${c.title}: ${(c.share * 100).toFixed(1)} % of the subject's items against ${(c.weightShare * 100).toFixed(1)} % of its weight (beyond ±${SHARE_TOLERANCE * 100} %)`,
          );
        }
      }
    }
    return { id: s.id, name: s.name, items: chapters.reduce((n, c) => n + c.single + c.multiple + c.case, 0), chapters };
  });
  return { subjects, errors, warnings };
}

const RULE_TEXT: Record<DuplicateRule, string> = {
  'same-stem': '题干几乎相同',
  'similar-stem-and-options': '题干相近且选项重合',
  'reworded-same-answer': '改写题干、答案相同',
};

function describe(d: SimilarPair): string {
  const s = d.similarity;
  return `${RULE_TEXT[d.rule]}；题干 ${s.stem}，选项 ${s.options}，答案 ${s.keyed}`;
}

export function formatTable(report: BankReport): string {
  const lines: string[] = [];
  for (const s of report.subjects) {
    lines.push(`\n${s.id}  ${s.name}  — ${s.items} items`);
    lines.push(
      `  ${'chapter'.padEnd(10)} ${'single'.padStart(6)} ${'multi'.padStart(6)} ${'case'.padStart(5)} ${'share'.padStart(7)} ${'weight'.padStart(7)}  title`,
    );
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
    for (const c of s.chapters) {
      lines.push(
        `  ${c.id.padEnd(10)} ${String(c.single).padStart(6)} ${String(c.multiple).padStart(6)} ${String(c.case).padStart(5)} ${pct(c.share)} ${pct(c.weightShare)}  ${c.title}`,
      );
    }
  }
  const total = report.subjects.reduce((n, s) => n + s.items, 0);
  lines.push(`\ntotal: ${total} items\n`);
  return lines.join('\n');
}
