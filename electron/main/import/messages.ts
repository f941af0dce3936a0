/** What the learner is told when a file cannot be read for import. Each says what happened and what to do. */
export const readMsg = {
  empty: '这个文件是空的，没有可以导入的内容。',
  tooBig: (mb: number) => `文件太大（${mb} MB）。一次最多导入 50 MB 的文件，请把题库拆成几个文件再导入。`,
  tooManyRows: (rows: number, max: number) => `表格有 ${rows} 行，一次最多导入 ${max} 行。请把表格拆成几个文件再导入。`,
  binary: '这个文件不是文字文件（可能是图片、压缩包或其他软件的文件），无法导入。请选择 Excel、Word、CSV 或 TXT 文件。',
  encoding: '看不出这个文件用的是哪种文字编码，读出来会是乱码。请用记事本或 Excel 把它另存为“UTF-8”后再导入。',
  badXlsx: '这个 Excel 文件打不开，可能已损坏，或者并不是 .xlsx 文件。请用 Excel 打开检查后另存为 .xlsx 再导入。',
  oldXls: '这是旧版 Excel 文件（.xls）。请在 Excel 里“另存为” .xlsx 格式后再导入。',
  emptySheet: '这个 Excel 文件里没有内容。',
  badDocx: '这个 Word 文件打不开，可能已损坏，或者并不是 .docx 文件。请用 Word 打开检查后另存为 .docx 再导入。',
  oldDoc: '这是旧版 Word 文件（.doc）。请在 Word 里“另存为” .docx 格式后再导入。',
  badJson: '这个 .json 文件不是有效的题库文件（格式见 questions/README.md）。',
  unknownType: (name: string) =>
    `不认识“${name}”这种文件。可以导入的是：Excel（.xlsx）、CSV、Word（.docx）、文本（.txt）和本软件的题库文件（.json）。`,
} as const;

/** What the service says about imported banks. */
export const importMsg = {
  basisOf: (file: string) => `导入的题目（来自“${file}”），未经本软件审核。`,
  chapterUnmatched: '章节对不上：请为这些题选一个章节',
  chapterNotInSubject: (id: string) => `章节 ${id} 不属于所选科目`,
  nothingToImport: '没有可以导入的题目。',
  subjectMissing: '请先选择科目。',
  unknownBank: '找不到这个导入的题库，可能已经删除了。',
  centreNeedsAdmin: '导入到机构题库需要管理员密码。',
  jsonHasProblems: (n: number) => `题库文件里有 ${n} 处问题，这些题没有导入。`,
  notBase64: '文件内容传送出错，请重新选择文件。',
} as const;

/** Column headings and labels of the 错题本 / 收藏 / 笔记 exports. */
export const exportMsg = {
  header: ['科目', '章节', '题型', '题干', '选项', '答案', '解析', '来源', '笔记'],
  mistakeHeader: ['答错次数', '最近答错'],
  listName: { mistakes: '错题本', favourites: '收藏', notes: '笔记' },
  single: '单选',
  multiple: '多选',
  judge: '判断',
  shipped: '社工路题库',
  importedFrom: (file: string) => `导入：${file}`,
} as const;
