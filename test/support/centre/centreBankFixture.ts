/** A small bank in the imported format (what the app's 导入题库 writes), as a teacher uploads it to the centre. */
export function centreBankJson(tag: string, chapter = 'jc25-01', n = 2): string {
  const id = (i: number) =>
    `imp-jc-${(tag + 'x'.repeat(22))
      .slice(0, 20)
      .toLowerCase()
      .replace(/[^0-9a-z]/g, 'x')}${String(i).padStart(2, '0')}`;
  return JSON.stringify({
    bankVersion: 1,
    subject: 'jc',
    items: Array.from({ length: n }, (_, i) => ({
      id: id(i),
      type: 'single',
      chapter,
      stem: `机构题 ${tag} 第 ${i + 1} 题：社会工作的首要价值是什么？`,
      options: [
        { key: 'A', text: `助人自助 ${tag}${i}` },
        { key: 'B', text: `追求利润 ${tag}${i}` },
      ],
      answer: ['A'],
      explanation: '社会工作以助人自助为宗旨。',
    })),
  });
}
