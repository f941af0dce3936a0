import { findNearDuplicates, findSimilarItems, type DuplicateRule, type SimilarPair } from '@core/bank/nearDuplicates';
import { validateBank, type BankProblem, type RawFile } from '@core/bank/validateBank';

export interface ChapterCount {
  id: string;
  title: string;
  single: number;
  multiple: number;
  case: number;
}

export interface BankReport {
  subjects: { id: string; name: string; items: number; chapters: ChapterCount[] }[];
  errors: BankProblem[];
  warnings: string[];
}

/** Minimum per chapter the content plan asks for (issue: every objective chapter ≥ 12 items, ≥ 3 多选). */
export const CHAPTER_MINIMUM = { items: 12, multiple: 3 };

export function checkBank(input: { subjectsFile: RawFile; treeFiles: RawFile[]; bankFiles: RawFile[] }): BankReport {
  const bank = validateBank(input);
  const errors: BankProblem[] = [...bank.problems];
  const fileOf = new Map(bank.items.map((i) => [i.item.id, i.file]));
  const warnings: string[] = [];
  // Objective items: compared across all subjects. Within one level (jc+jp, or mc+ml+mp) the same learner meets
  // both items, so a near-duplicate is an error; across levels it is a warning (a learner moving up may meet both).
  const levelOf = new Map(bank.subjects.map((s) => [s.id, s.level]));
  const objective = bank.items.flatMap(({ item, subject }) =>
    item.type === 'case'
      ? []
      : [
          {
            id: item.id,
            group: levelOf.get(subject) ?? subject,
            stem: item.stem,
            options: item.options.map((o) => o.text),
            keyed: item.options.filter((o) => item.answer.includes(o.key)).map((o) => o.text),
          },
        ],
  );
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
    const chapters = (tree?.chapters ?? []).map((c) => {
      const items = bank.items.filter((i) => i.item.chapter === c.id).map((i) => i.item.type);
      return {
        id: c.id,
        title: c.title,
        single: items.filter((t) => t === 'single').length,
        multiple: items.filter((t) => t === 'multiple').length,
        case: items.filter((t) => t === 'case').length,
      };
    });
    if (s.blueprint.kind === 'objective') {
      for (const c of chapters) {
        if (c.single + c.multiple < CHAPTER_MINIMUM.items || c.multiple < CHAPTER_MINIMUM.multiple) {
          warnings.push(
            `${c.id} ${c.title}: ${c.single + c.multiple} items (${c.multiple} 多选), below ${CHAPTER_MINIMUM.items} / ${CHAPTER_MINIMUM.multiple}`,
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
    lines.push(`  ${'chapter'.padEnd(10)} ${'single'.padStart(6)} ${'multi'.padStart(6)} ${'case'.padStart(5)}  title`);
    for (const c of s.chapters) {
      lines.push(
        `  ${c.id.padEnd(10)} ${String(c.single).padStart(6)} ${String(c.multiple).padStart(6)} ${String(c.case).padStart(5)}  ${c.title}`,
      );
    }
  }
  const total = report.subjects.reduce((n, s) => n + s.items, 0);
  lines.push(`\ntotal: ${total} items\n`);
  return lines.join('\n');
}
