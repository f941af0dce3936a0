/** What the learner reads about the link to a training centre (Simplified Chinese, plain words). */
export const SYNC_MESSAGES = {
  badAddress: '培训机构地址不对。请填写老师给的地址，例如 http://192.168.1.10:7418',
  unreachable: '连不上培训机构。请检查网络和地址，或稍后再试。您的学习记录都保存在本机，连上后会自动补发。',
  revoked: '培训机构已停止这台电脑的同步（可能被老师撤销或已断开）。本机的学习记录都还在。如需继续，请重新连接。',
  notConnected: '这位学员还没有连接培训机构。',
  alreadyConnected: '这位学员已经连接了培训机构。要换一个，请先断开。',
  centreSaid: (m: string) => m,
  skipped: (n: number) => `从培训机构收到 ${n} 条无法识别的记录，已跳过（本机记录不受影响）。`,
  bankRefused: (name: string, why: string) =>
    `培训机构的题库“${name}”无法使用（${why}），没有加入本机题库；其他题目不受影响。请告诉老师检查这个题库文件。`,
  stateUnreadable: '本机保存的同步设置无法读取，已当作未连接处理。请重新连接培训机构；学习记录不受影响。',
} as const;
