/** 连接培训机构: what the learner reads (plain words for a newcomer). */
export const SYNC_MESSAGES = {
  title: '连接培训机构',
  intro:
    '如果您在培训机构（或社会工作部的学习小组）报名学习，可以把这台电脑连接到机构，老师就能看到您的学习情况；在机房和家里用两台电脑学习时，两边的记录也会自动合在一起。不连接也完全可以正常使用。',
  address: '机构地址（老师提供，例如 192.168.1.10:7418）',
  code: '班级码（6 位）',
  name: '您的姓名（老师名单上的名字）',
  personalCode: '个人码（只有在另一台电脑上已经连接过时才需要填写）',
  consent:
    '我同意：把我在本机的答题记录、模拟考试成绩和案例自评发送给这家培训机构，供老师查看我的学习情况。随时可以断开，也可以要求机构删除我的记录。',
  connect: '连接',
  connecting: '正在连接…',
  needConsent: '请先勾选同意，才能连接。',
  connected: (cls: string, name: string) => `已连接：${cls}（${name}）`,
  personalCodeIs: '您的个人码（在另一台电脑上连接同一个人时要用，请记下）：',
  syncNow: '立即同步',
  disconnect: '断开',
  disconnectDelete: '断开并请机构删除我的记录',
  confirmDelete: '确定要让培训机构删除您的全部记录吗？本机的记录会保留，但老师那里将看不到，且不能恢复。',
  disconnected: '已断开。本机的学习记录都还在。',
  assignments: '老师布置的作业',
  assignmentKind: { practice: '练习', mock: '模拟考试' } as const,
  due: (day: string) => `截止 ${day}`,
  assignmentDone: '已完成',
  assignmentStart: { practice: '开始练习', mock: '开始模拟考试' } as const,
  noChapter: (id: string) => `本机的题库里没有这次作业的章节（${id}），请向老师核对，或先更新题库。`,
  noSubject: (id: string) => `本机的题库里没有这次作业的科目（${id}），请向老师核对，或先更新题库。`,
  lastSync: (t: string) => `上次同步：${t}`,
  privacy:
    '只会发送到您填写的这个机构地址。连接默认加密（HTTPS）：第一次连接时本机记下机构的证书，以后只认这一张；如果老师说明机构用的是不加密的 http:// 地址，请只在机构自己的网络里连接。',
  secure: '连接已加密。培训机构证书指纹：',
  secureHint: '（可与老师页面上显示的核对前几位）',
  plain: '这个培训机构使用不加密的普通 HTTP 连接：请只在机构自己的局域网内使用。',
  failed: '操作没有完成，请重试。',
  badge: {
    synced: '已同步',
    pending: (n: number) => `等待同步（${n}）`,
    offline: (n: number) => `等待同步（${n}）· 未连上`,
    revoked: '同步已停止',
  },
} as const;

/** 为本机所有学员连接培训机构 (设置 → 培训机构管理): what the administrator reads. */
export const ENROL_ALL_MESSAGES = {
  title: '为本机所有学员连接培训机构',
  intro:
    '一次为这台电脑上还没有连接的每一位学员连接培训机构（例如机房的电脑）。每位学员各自连接、各自同步，老师名单上用的是学员在本机的名字；以后每位学员都可以自己在 设置 → 连接培训机构 断开。已经连接的学员不受影响。',
  shared: '会发送的内容：每位学员在本机的答题记录、模拟考试成绩和案例自评，供老师查看学习情况。',
  consent:
    '我是本机的管理员。我已经告诉本机的每一位学员会把哪些记录发给哪家培训机构，并得到了他们每个人的同意。学员随时可以自己断开，也可以要求机构删除自己的记录。',
  rule: '管理员只能替自己可以代管的学员同意：在本机设置管理员密码之前就设了数字密码的学员，需要本人在 设置 → 连接培训机构 连接。',
  needConsent: '请先确认已经得到每位学员的同意并勾选，才能连接。',
  connect: '连接',
  connecting: '正在连接…',
  resultTitle: '连接结果',
  outcome: { connected: '已连接', already: '之前已连接', failed: '失败' } as const,
  summary: (connected: number, failed: number, className: string | null) => {
    const done = connected ? `已为班级“${className ?? ''}”连接 ${connected} 位学员` : '';
    const not = failed ? `${failed} 位学员没有连接（原因见下）` : '';
    return `${[done, not].filter(Boolean).join('，')}。`;
  },
  nobody: '本机没有需要连接的学员：每位学员都已经连接了培训机构。',
  failed: '操作没有完成，请重试。',
  needPersonalCode: '请至少为一位学员填写个人码。',
  personalCodesTitle: '已在另一台电脑上连接过的学员',
  personalCodesIntro:
    '班里已有同名学员的，如果就是这位学员本人，请填写他的个人码（在他连接过的电脑上：设置 → 连接培训机构），他在两台电脑上的记录会合在一起；不填的学员不会连接。',
  personalCodeFor: (name: string) => `${name} 的个人码`,
  connectWithCodes: '用个人码连接',
} as const;
