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
  lastSync: (t: string) => `上次同步：${t}`,
  privacy: '只会发送到您填写的这个机构地址；连接使用局域网的普通 HTTP，请只在机构提供的网络里连接。',
  failed: '操作没有完成，请重试。',
  badge: {
    synced: '已同步',
    pending: (n: number) => `等待同步（${n}）`,
    offline: (n: number) => `等待同步（${n}）· 未连上`,
    revoked: '同步已停止',
  },
} as const;
