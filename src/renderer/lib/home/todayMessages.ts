import type { TodayPlan } from '@shared/ipc/contract';

export const TODAY_MESSAGES = {
  title: '今日学习',
  due: (n: number) => `待复习 ${n} 题`,
  fresh: (n: number) => `新题 ${n} 题`,
  minutes: (n: number) => (n > 0 ? `约 ${n} 分钟` : ''),
  start: '开始今日学习',
  done: '今天的任务已完成',
  quota: (p: TodayPlan): string => {
    const q = p.quota;
    switch (q.reason) {
      case 'override':
        return `你设置了每天学 ${q.perDay} 道新题（可在“设置”中改回按考试日期自动安排）。`;
      case 'exam-date':
        return `按你的考试日期，每天学 ${q.perDay} 道新题，${q.daysForNew} 天内学完剩下的 ${p.unintroduced} 道，考前两周留给复习和模拟考试。`;
      case 'no-exam-date':
        return `还没有设置考试日期，先按每天 ${q.perDay} 道新题安排。设置考试日期后会自动计算。`;
      case 'exam-passed':
        return `设置的考试日期已经过去，先按每天 ${q.perDay} 道新题安排。请在“设置”中填写下一次的考试日期。`;
      case 'review-period':
        return '已进入考前两周：只复习、不再安排新题。';
      case 'all-introduced':
        return '所有题目都已学过，现在只需按时复习。';
    }
  },
  mistakes: '错题本',
  favourites: '收藏',
  stats: '学习报告',
  exams: '模拟考试',
} as const;
