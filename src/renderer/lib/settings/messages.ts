import type { ThemeChoice } from '../app/theme.svelte';

/** 设置 panels added with issue 17: 夜间模式 and 滚动管理. */
export const MODE_SETTINGS_MESSAGES = {
  theme: '显示模式',
  themeChoices: [
    { value: 'system', label: '跟随系统' },
    { value: 'light', label: '白天' },
    { value: 'dark', label: '夜间' },
  ] as { value: ThemeChoice; label: string }[],
  themeHint: '夜间模式用深色背景，晚上看题不刺眼。“跟随系统”会随电脑的深色模式自动切换。',
  passes: '已通过的科目（滚动管理）',
  passesIntermediate: '中级考试实行两年滚动管理：某一科在某年通过，成绩在当年和下一年有效。两年内通过全部三科，才能取得证书。',
  passesJunior: '初级两科需在同一年通过：没有滚动管理，去年通过的科目今年要重新考。',
  notPassed: '未通过',
  passedIn: (y: number) => `${y} 年通过`,
  validThrough: (y: number) => `成绩有效到 ${y} 年考试`,
  countsForExam: (y: number) => `${y} 年考试时仍然有效，可以不再复习`,
  lapsed: '这个成绩已经过期，这一科要重新考',
  lapsesBefore: (through: number, exam: number) => `注意：成绩只到 ${through} 年有效，赶不上 ${exam} 年的考试，这一科要重新考。`,
  examYear: (y: number) => `按 ${y} 年的考试计算`,
  includePassed: '继续练习已通过的科目',
  includePassedHint: '不勾选时，今日学习会跳过成绩仍有效的科目。',
  year: '通过年份',
  loadFailed: '读取科目时出错，请稍后再打开设置。',
} as const;

/** The two halves of 设置 and the door to the centre's half. */
export const ADMIN_GATE_MESSAGES = {
  mine: '我的设置',
  centre: '培训机构管理（老师用）',
  halves: '设置分为两部分',
  intro: '这里是培训机构老师管理本机的地方：管理员密码、机构题库和全班成绩。学员不需要改这里的内容。',
  password: '管理员密码（4 到 8 位数字）',
  enter: '进入管理',
  lock: '退出管理',
  empty: '请输入管理员密码。',
  failed: '没能核对密码，请重试。',
  noPassword: '本机还没有管理员密码。请老师先在下面设置一个，以后进入这里都要输入它。',
} as const;
