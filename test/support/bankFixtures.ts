/** Valid items for tests (defaultsForTesting for the bank domain). Override any field. */
const review = { by: 'test-reviewer', date: '2026-11-28', result: 'approved' as const };

export function singleItemForTesting(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'jc25-06-901',
    type: 'single',
    chapter: 'jc25-06',
    difficulty: 2,
    stem: '测试题干：下列属于支持性技巧的是（　）。',
    options: [
      { key: 'A', text: '对焦' },
      { key: 'B', text: '摘要' },
      { key: 'C', text: '同理心' },
      { key: 'D', text: '自我披露' },
    ],
    answer: ['C'],
    explanation: 'C 同理心属于支持性技巧。A 对焦、B 摘要属于引导性技巧；D 自我披露属于影响性技巧。这是测试用解析文本。',
    basis: '个案会谈技巧（测试）',
    review,
    ...over,
  };
}

export function multipleItemForTesting(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'jc25-06-902',
    type: 'multiple',
    chapter: 'jc25-06',
    difficulty: 2,
    stem: '测试题干：下列属于引导性技巧的有（　）。',
    options: [
      { key: 'A', text: '澄清' },
      { key: 'B', text: '对焦' },
      { key: 'C', text: '摘要' },
      { key: 'D', text: '鼓励' },
      { key: 'E', text: '建议' },
    ],
    answer: ['A', 'B', 'C'],
    explanation: 'A 澄清、B 对焦、C 摘要都属于引导性技巧；D 鼓励属于支持性技巧；E 建议属于影响性技巧。这是测试用解析文本。',
    basis: '个案会谈技巧（测试）',
    review,
    ...over,
  };
}

export function caseItemForTesting(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'mp25-15-c901',
    type: 'case',
    caseKind: 'analysis',
    chapter: 'mp25-15',
    difficulty: 2,
    title: '测试案例',
    material: '测试案例材料。'.repeat(30),
    questions: [
      {
        no: 1,
        prompt: '分析需要。',
        points: [
          { text: '要点一', score: 5 },
          { text: '要点二', score: 5 },
        ],
      },
      { no: 2, prompt: '介入策略。', points: [{ text: '要点三', score: 10 }] },
    ],
    basis: '老年社会工作（测试）',
    review,
    ...over,
  };
}
