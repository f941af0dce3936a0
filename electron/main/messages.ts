/** Learner-facing text shown by the main process. */
export const MAIN_MESSAGES = {
  startupFailedTitle: '社工路无法启动',
  startupFailed: '读取学习记录时出错，程序没有修改任何文件。请把下面的信息告诉老师或管理员，或升级到最新版本后重试。',
} as const;
