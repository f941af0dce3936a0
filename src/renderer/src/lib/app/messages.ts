export const APP_MESSAGES = {
  appName: '社工路',
  tagline: '社会工作者职业资格考试备考',
  loading: '正在打开…',
  levels: { junior: '初级（助理社会工作师）', intermediate: '中级（社会工作师）' },
  levelShort: { junior: '初级', intermediate: '中级' },
  fontBigger: '放大文字',
  fontSmaller: '缩小文字',
  fontStep: (n: number, total: number) => `文字大小 ${n}/${total}`,
  settings: '设置',
  home: '首页',
  dismiss: '知道了',
  bankProblems: (n: number) => `有 ${n} 处题库内容格式不正确，这些题已跳过，其余题目可以正常练习。`,
  showDetails: '查看详情',
  storageNotice: '学习记录提示',
  failed: '出错了',
} as const;

export const ONBOARDING_MESSAGES = {
  welcome: '欢迎使用社工路',
  intro: '先告诉我们你要考哪个级别。以后可以在“设置”里修改。',
  chooseLevel: '报考级别',
  juniorHint: '科目：社会工作综合能力、社会工作实务',
  intermediateHint: '科目：社会工作综合能力、社会工作法规与政策、社会工作实务',
  examDate: '考试日期（可不填）',
  examDateHint: '填写后，首页会显示距离考试还有多少天。',
  start: '开始学习',
  needLevel: '请先选择报考级别。',
} as const;

export const SETTINGS_MESSAGES = {
  title: '设置',
  level: '报考级别',
  examDate: '考试日期',
  clearDate: '清除日期',
  fontSize: '文字大小',
  fontSteps: ['标准', '较大', '大', '特大'],
  dataDir: '学习记录保存位置',
  dataNote: '所有记录只保存在这台电脑上，不会上传到网络。',
  saved: '已保存',
  back: '返回首页',
  badDate: '日期格式不正确，请按“年-月-日”选择日期。',
} as const;
