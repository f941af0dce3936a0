/** Error codes that cross the process boundary. Messages shown to learners are Chinese and say what to do next. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'STORAGE_READ',
  'STORAGE_WRITE',
  'NEWER_VERSION',
  /** The action would do something the person may not mean; the message asks, and the call can be repeated with consent. */
  'NEEDS_CONFIRM',
  /**
   * Understood but not possible now (another mock unfinished, the bank too small, time up, a name taken, a file that is
   * not a progress file…): the message says why and what to do. BAD_REQUEST is kept for requests the app did not
   * understand.
   */
  'REFUSED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside services; turned into a `{ ok: false }` result at the transport edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: '程序收到了无法识别的请求，已忽略。请重试；如果反复出现，请重新启动社工路。',
  FORBIDDEN: '这个请求没有通过安全检查，已被拒绝。请重新启动社工路。',
  NOT_FOUND: '没有找到要打开的内容，可能题库已更新。请返回首页重新选择。',
  STORAGE_READ: '读取学习记录时出错。已有记录没有被改动，请重新启动社工路。',
  STORAGE_WRITE: '保存学习记录时出错（磁盘可能已满或无写入权限）。已有记录没有被改动，请检查磁盘后重试。',
  NEWER_VERSION: '学习记录是由更新版本的社工路保存的，这个版本不能安全地修改它。请升级社工路后再打开。',
  NEEDS_CONFIRM: '这项操作需要你确认后才能继续。',
  REFUSED: '这项操作现在不能进行。请按提示调整后再试。',
  INTERNAL: '程序内部出错，已有记录没有被改动。请重试；如果反复出现，请重新启动社工路。',
};
