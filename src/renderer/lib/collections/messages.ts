export const COLLECTION_MESSAGES = {
  withdrawn: (n: number) => `另有 ${n} 道题已下架（题库更新时删除或替换），这里不再显示；你当时的答题记录仍然保留。`,
  unfavourite: '取消收藏',
  mistakesTitle: '错题本',
  mistakesIntro: (n: number) => `答错的题会自动放进错题本；连续答对 ${n} 次后自动移出（次数可在“设置”中修改）。`,
  subject: '科目',
  chapter: '章节',
  type: '题型',
  from: '答错日期从',
  to: '到',
  all: '全部',
  single: '单选题',
  multiple: '多选题',
  count: (n: number) => `共 ${n} 题`,
  none: '这里还没有题目。',
  wrongs: (n: number, streak: number) => `答错 ${n} 次${streak > 0 ? ` · 已连续答对 ${streak} 次` : ''}`,
  lastWrong: (d: string) => `最近答错：${d}`,
  practise: (n: number) => `练习这 ${Math.min(n, 50)} 题`,
  favouritesTitle: '收藏',
  favouritesIntro: '在答题后点“☆ 收藏”就能把题目放到这里；笔记也会显示在这里。',
  note: '笔记：',
  back: '返回首页',
  favouritesFailed: '读取收藏时出错。',
  unstarFailed: '取消收藏时出错，请重试。',
  mistakesFailed: '读取错题本时出错。',
  saveFailed: '没有保存成功，请重试。',
} as const;

export function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
