/** A refusal the centre answers with an HTTP status, a code and a Chinese message that says what to do. */
export class CentreError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CentreError';
  }
}

export const M = {
  badBody: (detail: string) => `请求内容不对，没有做任何改动：${detail}`,
  tooLarge: (maxBytes: number) => `请求太大（超过 ${Math.round(maxBytes / 1024)} KB），没有做任何改动。请分批发送。`,
  notJson: '请求内容不是有效的 JSON，没有做任何改动。',
  tooMany: '尝试次数太多，请一分钟后再试。',
  loginFailed: '用户名或密码不对。',
  usernameTaken: '这个用户名已被使用，请换一个。',
  needLogin: '请先登录。',
  badToken: '这台电脑与培训机构的连接已失效（可能已被断开或撤销）。请在 设置 → 连接培训机构 重新连接。',
  unknownCode: '没有这个班级码，请向老师核对。',
  needPersonalCode: '这个名字在班里已经有人用了。如果是您本人在另一台电脑上加入过，请输入那台电脑 设置 里显示的个人码；否则请换一个名字。',
  wrongPersonalCode: '个人码不对。请在您第一次连接的那台电脑上，打开 设置 → 连接培训机构 查看个人码。',
  notYourLearner: '这台电脑没有连接这位学员，不能读写他的记录。',
  notYourClass: '没有这个班级，或它不属于您。',
  notFound: '没有这个页面。',
  forbidden: '拒绝访问。',
  internal: '培训机构服务出了内部错误，已记录。请稍后重试。',
} as const;
