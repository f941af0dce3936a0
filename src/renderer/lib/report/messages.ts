const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The 学习报告 screen's text. */
export const REPORT_MESSAGES = {
  title: '学习报告',
  loading: '正在整理你的学习报告…',
  loadFailed: '读取学习报告时出错。请返回首页后再打开一次；你的学习记录没有受影响。',
  back: '返回首页',
  standingTitle: '各科情况',
  done: (done: number, total: number) => `已做 ${done} / ${total} 题`,
  accuracy: (a30: number | null, all: number | null) =>
    a30 === null && all === null
      ? '还没有答题记录'
      : `正确率：近 30 天 ${a30 === null ? '—' : pct(a30)}，全部 ${all === null ? '—' : pct(all)}`,
  predicted: (p: number, total: number) => `预计得分 ${Math.round(p)} / ${total} 分`,
  passLine: (pass: number) => `及格线 ${pass} 分`,
  noPrediction: '答题还太少，暂时算不出预计得分。',
  caseNote: '实务（案例分析）是主观题，靠自己评分，不算预计得分。',
  verdict: { ahead: '照现在的水平，有望通过', close: '离及格线很近，再加把劲', behind: '离及格线还有距离' },
  gap: (gap: number) => (gap >= 0 ? `比及格线高 ${Math.round(gap)} 分` : `比及格线低 ${Math.round(-gap)} 分`),
  lastMock: (score: number, date: string) => `最近一次模拟考试（${date}）：${Math.round(score)} 分`,
  mockVsPredicted: (diff: number) =>
    Math.abs(diff) < 3
      ? '和预计得分差不多。'
      : diff > 0
        ? `比预计得分高 ${Math.round(diff)} 分。`
        : `比预计得分低 ${Math.round(-diff)} 分。`,
  howTitle: '怎么算的',
  how: [
    '预计得分是“如果今天就考试”大概能得多少分。',
    '做过的题：按你的答题记录估计现在还能答对的把握；只在章节练习里做过的题，按答对的比例估计。',
    '没做过的题：单选按蒙对 1/4 算，多选按 0 分算。',
    '每一章的把握按历年考试里这一章占的分量加权，再乘以单选、多选的分值，加起来就是预计得分。多选要全对才算分，所以预计得分会偏保守。',
  ],
  passed: (year: number, through: number) => `${year} 年已通过，成绩有效到 ${through} 年`,
  passLapses: '成绩在你计划的考试前就会过期，这一科需要重新考。',
  chaptersTitle: '各章掌握情况（最弱的在前）',
  chaptersIntro: '“掌握”是你做过的题里现在还能答对的把握；灰色部分是还没做过的题。“未分章”是导入时没有对应到大纲章节的题，不计入预计得分。',
  mastery: (m: number | null) => (m === null ? '还没做过' : `掌握 ${pct(m)}`),
  seen: (seen: number, total: number) => `做过 ${seen} / ${total} 题`,
  practise: '练这一章',
  allChapters: (n: number) => `显示全部 ${n} 章`,
  fewerChapters: '只看最弱的几章',
  chapterNo: (n: number) => `第${n}章`,
  deletedImported: (n: number) => `另有 ${n} 次作答属于已删除的导入题目（题库已移除，作答记录仍保留），不计入上面的数字。`,
  noChapters: '这个级别还没有题目。',
  calendarTitle: '学习日历（近 6 个月）',
  streak: (n: number) => (n > 0 ? `连续学习 ${n} 天` : '今天还没有学习'),
  activeDays: (n: number) => `近 6 个月学习了 ${n} 天`,
  dayCell: (date: string, answers: number) => `${date}：${answers === 0 ? '没有答题' : `答了 ${answers} 题`}`,
  legendLess: '少',
  legendMore: '多',
  weekMinutes: (m: number) => `近 7 天共学习 ${Math.round(m)} 分钟`,
  weekChart: '近 7 天每天学习的分钟数',
  minutesLabel: '分钟',
  mocksTitle: '模拟考试',
  noMocks: '还没有评完分的模拟考试。考前两周多做几套，看看成绩走势。',
  scoreLabel: '得分（百分制）',
  passLineLabel: '及格线',
  trendChart: (subject: string) => `${subject}：历次模拟考试得分和及格线`,
  chapterAccuracyChart: (subject: string) => `${subject}：模拟考试中各章的正确率`,
  accuracyLabel: '正确率（%）',
  mockCount: (n: number) => `共 ${n} 次`,
  planTitle: '学习计划',
  forecastChart: '未来 30 天每天要复习的题数',
  forecastLabel: '待复习题数',
  today: '今天',
  onTrack: (perDay: number) => `按现在每天 ${perDay} 道新题，考试前能学完全部题目，最后两周留给复习和模拟考试。`,
  offTrack: (perDay: number, manageable: number) =>
    `要在考前学完全部题目，每天需要学 ${perDay} 道新题，超过了一个晚上能学完的 ${manageable} 道。可以每天多学一点，或者先把重点章节练好。`,
  noExamDate: '还没有填写考试日期。在“设置”里填上考试日期，就能排出每天的学习计划。',
  todayPlan: (due: number, fresh: number) => `今天：待复习 ${due} 题，新题 ${fresh} 题`,
} as const;
