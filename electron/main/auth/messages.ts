/** What a learner or administrator reads about PINs (Chinese; say what to do next). */
const seconds = (n: number) => (n >= 60 ? `${Math.ceil(n / 60)} 分钟` : `${n} 秒`);

export const AUTH_MESSAGES = {
  wait: (fails: number, s: number) => `密码已连续输错 ${fails} 次。为保护学习记录，请 ${seconds(s)}后再试。`,
  nowWait: (s: number) => `为保护学习记录，请 ${seconds(s)}后再试。`,
  notCovered:
    '这位学员的数字密码是在本机设置管理员密码之前设的，管理员密码不能重置它（否则任何人新设一个管理员密码就能打开同学的记录）。请学员本人输入原来的数字密码修改；学员的记录仍完整保存在本机。',
  needAdminFirst: '请先在“设置 → 培训机构管理（老师用）”中设置管理员密码，再更改机构题库文件夹。',
};
