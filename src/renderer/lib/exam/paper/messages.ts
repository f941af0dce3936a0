/** What the 纸笔考试 (paper-form mock) says: headings as a printed paper words them, the card, the reminders. */
export const PAPER_MESSAGES = {
  formLegend: '考试形式',
  forms: {
    computer: { label: '机考界面', hint: '一题一屏，点选作答，带题号栏和标记（与人社部其他考试的机考界面相同）。' },
    paper: { label: '纸笔考试', hint: '和正式考试一样：整份试卷从头翻到尾，另在答题卡上涂写答案；记得留时间涂卡。' },
  },
  formTag: '纸笔',
  paperTitle: '全国社会工作者职业资格考试（模拟）',
  paperNote: (minutes: number, kind: 'objective' | 'case') =>
    kind === 'case'
      ? `考试时间 ${minutes} 分钟。请在答题纸上按题号作答，写在试卷上的不计分。`
      : `考试时间 ${minutes} 分钟。请在答题卡上涂写答案，只有答题卡上的答案计分；没有涂的题按 0 分计。`,
  sectionNo: ['一', '二', '三', '四', '五'],
  single: (n: number) => `单项选择题（共 ${n} 题，每题 1 分。每题的备选项中，只有 1 个最符合题意）`,
  multiple: (n: number) =>
    `多项选择题（共 ${n} 题，每题 2 分。每题的备选项中，有 2 个或 2 个以上符合题意，至少有 1 个错项。错选，本题不得分；少选，所选的每个选项得 0.5 分）`,
  analysis: (n: number, score: number) => `案例分析题（共 ${n} 题，每题 ${score} 分）`,
  design: (n: number, score: number) => `方案设计题（共 ${n} 题，每题 ${score} 分）`,
  caseMaterial: '【案例材料】',
  caseQuestions: '问题：',
  points: (n: number) => `（${n} 分）`,
  card: '答题卡',
  cardNote: (order: 'rows' | 'columns') =>
    order === 'columns' ? '题号按列排：先从上往下，再换下一列。' : '题号按行排：先从左往右，再换下一行。',
  cardSection: (type: 'single' | 'multiple') => (type === 'single' ? '单项选择题' : '多项选择题'),
  cardFilled: (done: number, total: number) => `已涂 ${done} / ${total} 题`,
  bubble: (no: number, key: string) => `第 ${no} 题 ${key}`,
  item: (no: number) => `第 ${no} 题`,
  sheet: '答题纸',
  sheetNote: '按题号在对应的位置作答（自动保存）。',
  sheetLabel: (no: number, sub: number) => `第 ${no} 题 第 ${sub} 问`,
  /** Said once per threshold (15, then 5 minutes left), so the text does not change every minute. */
  reminder: (minutes: number, kind: 'objective' | 'case') =>
    kind === 'case'
      ? `离考试结束已不到 ${minutes} 分钟。只有写在答题纸上的作答计分，请留出时间把草稿誊写到答题纸上。`
      : minutes <= 5
        ? `离考试结束已不到 ${minutes} 分钟。请马上检查答题卡：每道题都涂上了吗？题号对得上吗？`
        : `离考试结束已不到 ${minutes} 分钟。正式考试只按答题卡计分，请留出时间把试卷上的答案转涂到答题卡上。`,
  reminderOk: '知道了',
  toTop: '回到试卷开头',
} as const;
