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

/** What the administrator reads about 为本机所有学员连接培训机构 (per learner: what to do next). */
export const ENROL_ALL_MESSAGES = {
  needAdminPinFirst: '为本机所有学员连接培训机构需要管理员密码：请先在“设置 → 培训机构管理（老师用）”中设置管理员密码，再连接。',
  notCovered: '这位学员的数字密码是在本机设置管理员密码之前设的，管理员不能替他同意连接。请学员本人在 设置 → 连接培训机构 连接。',
  sameName:
    '班里已经有同名的学员。如果就是这位学员在另一台电脑上连接过，请在下面填写他的个人码，再点“用个人码连接”；否则请先给他改个名字（例如加上学号）再连接。',
  wrongPersonalCode:
    '个人码不对（个人码是 8 位字母或数字）。请让学员在他连接过的电脑上查看（设置 → 连接培训机构），填写后再点“用个人码连接”。',
  notSaved: (personalCode: string) =>
    `培训机构已登记这位学员，但本机没能保存连接（磁盘可能已满或不可写）。请学员本人在 设置 → 连接培训机构 连接，并填写个人码 ${personalCode}。`,
  badAnswer: '培训机构的回答无法识别（版本可能不一致）。请告诉老师。',
  busy: '正在为本机学员连接培训机构，请稍候。',
} as const;
