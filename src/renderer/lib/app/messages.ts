export const APP_MESSAGES = {
  internal: '程序内部出错，已有记录没有被改动。请重试。',
  appName: '社工路',
  tagline: '社会工作者职业资格考试备考',
  loading: '正在打开…',
  levels: { junior: '初级（助理社会工作师）', intermediate: '中级（社会工作师）' },
  levelShort: { junior: '初级', intermediate: '中级' },
  fontBigger: '放大字号',
  fontSmaller: '缩小字号',
  /** The buttons' names: what they show (A−, A+) and what they do. */
  fontButton: (shown: string, does: string) => `${shown} ${does}`,
  fontLabel: '字号',
  /** The header's text-size group, read out with the step's name (e.g. 字号：大). */
  fontStep: (name: string) => `字号：${name}`,
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
  examDate: '考试日期',
  clearDate: '清除日期',
  fontSize: '字号（文字大小）',
  fontSteps: ['标准', '较大', '大', '特大'],
  dataDir: '学习记录保存在哪里',
  dataNote:
    '所有记录只保存在这台电脑上，不会上传到网络（除非你在下面连接了培训机构）。要换电脑，请用“导出学习进度”；要防止意外，请用“备份与恢复”。',
  backups: '备份与恢复',
  dailyNew: '每天学多少道新题',
  dailyNewAuto: '按考试日期自动安排',
  dailyNewOwn: '我自己定：每天',
  dailyNewUnit: '道',
  retention: '复习强度（希望记住的比例）',
  retentionChoices: [
    { value: 0.85, label: '轻松：记住约 85%（复习少）' },
    { value: 0.9, label: '标准：记住约 90%（推荐）' },
    { value: 0.95, label: '冲刺：记住约 95%（复习多）' },
  ],
  retentionHint: '比例越高，复习越频繁。改动后会重新安排所有题目的复习时间。',
  exitStreak: '错题连续答对几次后移出错题本',
  passLine: '模拟考试及格线（满分 100）',
  passLineHint: '全国统一为 60 分；部分地区（如“三区三州”）另有较低的地区合格线，可按当地标准填写。',
  exitStreakChoice: (n: number) => `${n} 次`,
  openBackups: '打开备份与恢复',
  saved: '已保存',
  back: '返回首页',
  badDate: '日期格式不正确，请按“年-月-日”选择日期。',
} as const;

export const CENTRE_MESSAGES = {
  adminTitle: '管理员密码',
  adminNone: '本机还没有管理员密码：任何人都能进入这里、更改题库文件夹；导出的成绩不含设有数字密码的其他学员。机房电脑请先设置一个。',
  adminSet: '本机已设置管理员密码。进入这里、导出全班成绩、更改题库文件夹时都需要输入它。',
  adminNew: '新的管理员密码（4 到 8 位数字）',
  adminSetButton: '设置管理员密码',
  adminChange: '更改管理员密码',
  adminRemove: '取消管理员密码',
  adminSaved: (has: boolean) =>
    has ? '管理员密码已设置。请记住它：忘记后只能删除数据文件夹中的 machine.json 来重置。' : '已取消管理员密码。',
  adminNotSaved: '管理员密码本次已生效，但没能写入磁盘；磁盘恢复后会自动保存。',
  adminNote: '管理员密码只用来防止学员误操作或查看别人的成绩，不是加密。',
  csvTitle: '全班模拟考试成绩',
  csv: '导出全部学员的模拟考试成绩（表格文件，可用 Excel 打开）',
  csvDone: (n: number, skipped: number) =>
    `已导出 ${n} 条考试成绩（可以用 Excel 打开）。${skipped ? `另有 ${skipped} 位设有数字密码的学员未导出：设置管理员密码并输入后可导出全部。` : ''}`,
  dataDir: '本机学习记录所在的文件夹',
  title: '机构题库',
  intro:
    '把机构自编的题库文件（格式见软件目录 questions 文件夹中的说明）放进下面的文件夹，本机的每位学员都能练到。有问题的文件会列出并跳过，不影响其他题目。也可以在“导入题库”里选择“导入到机构题库”。',
  folder: '题库文件夹',
  sources: {
    launch: '由启动参数指定（不能在这里更改）',
    setting: '在这里设置',
    default: '默认位置（数据文件夹中的 centre-banks）',
  } as const,
  missing: '这个文件夹还不存在：建好它并放入题库文件后，点“重新读取”。',
  loaded: (items: number, files: number) => (files === 0 ? '文件夹里还没有题库文件。' : `已读取 ${files} 个文件，载入 ${items} 道题。`),
  problems: (n: number) => `${n} 处问题（对应的题目或文件已跳过）：`,
  newFolder: '改用其他文件夹（填写完整路径）',
  save: '保存并读取',
  useDefault: '恢复默认位置',
  reload: '重新读取',
  reloaded: '已重新读取机构题库。',
  saved: '已保存，并按新文件夹读取了机构题库。',
  notSaved: '新文件夹已在本次使用，但设置没能写入磁盘；磁盘恢复后会自动保存。',
  failed: '操作没有完成，原来的设置没有改变。请重试。',
} as const;

export const TRANSFER_MESSAGES = {
  title: '学习进度：在机房和家里之间带走',
  intro: '“导出”把你的全部学习记录存成一个文件（可放进 U 盘）；在另一台电脑上“导入”后，两边的记录会合并，不会重复，也不会覆盖。',
  export: '导出学习进度',
  import: '导入学习进度…',
  exported: (f: string) => `已导出：${f}（保存在浏览器或系统的“下载”文件夹）。`,
  imported: (a: { reviews: number; exams: number; caseAttempts: number; favourites: number; notes: number; weights: boolean }) =>
    a.reviews + a.exams + a.caseAttempts + a.favourites + a.notes === 0 && !a.weights
      ? '导入完成：这个文件里的记录本机都已经有了，没有变化。'
      : `导入完成：新增答题记录 ${a.reviews} 条、模拟考试 ${a.exams} 场、案例练习 ${a.caseAttempts} 次、收藏 ${a.favourites} 道、笔记 ${a.notes} 条${a.weights ? '，并采用了那台电脑上更新的复习参数' : ''}，复习计划已重新计算。`,
  confirmFirst: '请先确认是否合并。',
  confirmTitle: '要合并这个文件里的学习进度吗？',
  confirmYes: '确定合并',
  confirmNo: '取消',
  cancelled: '已取消导入，没有做任何改动。',
  failed: '操作没有完成，已有记录没有被改动。请重试。',
} as const;
