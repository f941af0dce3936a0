/** The next step after 今日学习. */
export const NEXT_STEP_MESSAGES = {
  title: '接下来可以做什么',
  mock: '模拟考试',
  mockWhy: (subject: string) => `离考试不到两周了，做一套${subject ? `“${subject}”的` : ''}模拟考试，按考试的时间和题量练一练。`,
  chapter: '练这一章',
  chapterWhy: (name: string) => `你最弱的一章是“${name}”，趁热再练一组。`,
  chapterNo: (n: number) => `第${n}章`,
  moreNew: (n: number) => `再学 ${n} 道新题`,
  moreNewWhy: '今天的任务完成了。如果还有精力，可以多学几道新题。',
  rest: '今天到此为止',
  restWhy: '今天学得够多了，好好休息，明天按计划继续。',
  todayTitle: '今日学习',
} as const;
