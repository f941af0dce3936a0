const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const STATS_MESSAGES = {
  title: '学习统计',
  forecast: '未来 30 天每天要复习的题数',
  forecastLabel: '待复习题数',
  today: '今天',
  optimizeTitle: '优化复习参数',
  optimizeIntro: (min: number) =>
    `复习满 ${min} 次后，可以按你自己的答题记录重新调整复习间隔，让复习安排更贴合你的记忆规律。只有调整后更准，才会换用新的安排。`,
  reviews: (n: number, min: number) => `你已完成 ${n} 次复习${n < min ? `，还差 ${min - n} 次` : ''}。`,
  optimizedAt: (d: string) => `上次优化：${d}`,
  unavailable: '这台电脑上无法加载参数优化组件，继续使用默认参数，学习不受影响。',
  optimize: '开始优化（通常几秒钟）',
  optimizing: '正在优化，可以继续做题…',
  optimizeProgress: '优化进度',
  optimizeCancel: '取消',
  optimizeCancelled: '已取消优化，继续使用现在的参数。',
  optimizeFailed: '优化没有完成，继续使用原来的参数。',
  result: (r: { before: { retention: number; logLoss: number; actual: number }; after: { retention: number; logLoss: number } }) =>
    `你过去的复习中实际记住了 ${pct(r.before.actual)}。预测的平均记住率：优化前 ${pct(r.before.retention)}，优化后 ${pct(r.after.retention)}（越接近实际越准）。`,
  back: '返回首页',
  loadFailed: '读取统计时出错。',
} as const;
