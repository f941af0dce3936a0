/** What the services tell a learner about their records at start (Chinese; say what happened and what to do). */
export const SERVICE_MESSAGES = {
  profileFromBackup: (name: string, label: string) => `学员名单文件损坏，学员“${name}”的资料（包括数字密码）已从 ${label} 的备份中找回。`,
  profileLocked: (name: string) =>
    `学员名单和学员自己的资料副本都损坏了，无法确认这位学员原来有没有设数字密码。为保护记录，已把 TA 作为“${name}”锁定：请老师用管理员密码在“管理 → 重置密码”中解锁，并改回原来的名字。学习记录都在。`,
  optimizerUnavailable: '这台电脑上无法加载参数优化组件，将继续使用默认参数，学习不受影响。',
  optimizeFailed: '参数优化没有完成，继续使用现在的参数，学习不受影响。可以稍后再试。',
  optimizeCancelled: '已停止参数优化，继续使用现在的参数。',
  optimizeRunning: '参数优化正在进行，请等它完成或先点“取消”。',
  optimizeTooLong: '参数优化用时过长，已停止等待；继续使用现在的参数，学习不受影响。可以稍后再试。',
} as const;
