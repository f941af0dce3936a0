/** Learner-facing text shown by the main process. */
export const MAIN_MESSAGES = {
  startupFailedTitle: '社工路无法启动',
  startupFailed: '读取学习记录时出错，程序没有修改任何文件。请把下面的信息告诉老师或管理员，或升级到最新版本后重试。',
  unsavedTitle: '还有答题记录没能保存',
  unsaved: (n: number) => `还有 ${n} 条答题记录没能写入磁盘（磁盘可能已满，或文件夹不能写入）。`,
  unsavedDetail:
    '现在退出，这些记录可能会丢失。你可以：\n· 先删除一些不用的文件、腾出磁盘空间，再点“重试保存”；\n· 点“另存到其他位置”，把它们存成一个文件（例如存到 U 盘），以后在“设置 → 导入学习进度”中导入；\n· 点“仍然退出”：社工路已在临时文件夹里留了一份副本，下次打开时会尝试找回。',
  retry: '重试保存',
  saveElsewhere: '另存到其他位置…',
  quitAnyway: '仍然退出',
  savedElsewhere: (path: string) => `已保存到 ${path}。以后在“设置 → 导入学习进度”中选择这个文件即可找回这些记录。`,
  saveFailed: (e: string) => `没能保存到这个位置：${e}。请换一个位置（例如 U 盘）再试。`,
} as const;
