import { kindName } from '@shared/kindNames';

/** What the learner reads about mock exams (main side). */
export const EXAM_MESSAGES = {
  noSubject: '没有找到这个科目。请返回首页重新选择。',
  noExam: '没有找到这场模拟考试，可能已被删除。请返回首页。',
  notFull: (have: string, want: string) =>
    `题库目前只有 ${have}，组不成完整的试卷（需要 ${want}）。可以改用下面的“自定义试卷”，出一份题量较少的卷子。`,
  tooFew: (have: string) => `所选范围内的题不够：目前只有 ${have}。请减少题量或多选几个章节。`,
  empty: '试卷至少要有 1 道题。',
  timeUp: '考试时间已到，试卷已自动交卷。',
  submitted: '这份试卷已经交卷，不能再修改答案。',
  notInPaper: '这道题不在这份试卷里。',
  unfinished: (name: string) => `还有一场未完成的模拟考试（${name}）。请先回到首页继续作答或交卷，再开始新的考试。`,
  submitFirst: '请先交卷，再对照参考要点评分。',
  notCase: '这道题不是案例题，不需要自己评分。',
};

/** 单选题 60 道、多选题 20 道 */
export const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${kindName(k)} ${n} 道`)
    .join('、');
