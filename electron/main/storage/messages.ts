/** What the learner is told about their stored records. Plain Chinese, saying what happened and what to do. */
export const STORAGE_MESSAGES = {
  invalid: '内容不完整或格式不对',
  unreadable: '无法读取',
  newerVersion: (file: string, version: number) =>
    `学习记录文件 ${file} 是由更新版本的社工路保存的（格式版本 ${version}）。为避免损坏，这个版本没有修改它。请升级社工路后再打开。`,
  restoredFromBackup: (file: string, why: string, aside: string, backup: string) =>
    `学习记录文件 ${file} ${why}（可能是上次断电或强制关机造成的）。原文件已另存为 ${aside}，已自动从 ${backup} 的备份恢复。备份之后做的少量记录可能没有恢复。`,
  startedEmpty: (file: string, why: string, aside: string) =>
    `学习记录文件 ${file} ${why}，而且没有可用的备份。原文件已另存为 ${aside}（没有删除），这一部分记录从空白重新开始。如需找回，请把该文件交给老师或管理员。`,
  logLinesSkipped: (file: string, n: number) => `答题记录 ${file} 中有 ${n} 行已损坏，已跳过这些行，其余记录都已读入。`,
  folderInUse: (runtime: string, pid: number, host: string, since: number) =>
    `这个数据文件夹正被另一个社工路使用（${runtime === 'web' ? '浏览器版' : '桌面版'}，电脑“${host}”上的进程 ${pid}，从 ${new Date(since).toLocaleString('zh-CN')} 开始）。两个程序同时写同一份记录会把记录弄乱，所以这次没有打开。请先关闭那个社工路，再重新打开。`,
  folderLockFailed: '无法确认数据文件夹没有被另一个社工路使用，这次没有打开。请关闭其他社工路窗口后再试。',
  spillRecovered: (n: number) => `上次有 ${n} 条答题记录因为磁盘已满（或不能写入）没能及时保存，已从临时保存的副本中找回并存好。`,
  logNotAFile: (file: string, aside: string) =>
    `答题记录 ${file} 不是一个正常的文件，已改名为 ${aside} 保留，并尝试从备份中找回这个月的记录。`,
  logLost: (file: string) =>
    `答题记录 ${file} 比上次保存时短了或不见了（可能被误删、被其他程序改动或磁盘出错），备份里也没有可以找回的记录。其余月份的记录都在；如有导出的学习进度文件，可以在“设置”中导入找回。`,
  logRecovered: (file: string, n: number, from: string) =>
    `答题记录 ${file} 有损坏，已从 ${from} 的备份中找回 ${n} 条答题记录，复习计划已按找回的记录重新计算。`,
  logTornTail: (file: string, aside: string) =>
    `答题记录 ${file} 的最后一条没有写完整（可能是断电或强制关机），已跳过这一条并另存为 ${aside}，之前的记录都在。`,
  writeFailed: (detail: string) =>
    `学习记录暂时无法保存到磁盘（${detail}）。刚才的答题结果还在程序里，没有丢失；磁盘可以写入后会自动补存。请检查磁盘空间或文件夹权限，补存完成前请不要关闭社工路。`,
  diskFull: '磁盘空间已满',
  readOnly: '文件夹没有写入权限',
} as const;

/** A short Chinese reason for a write error. */
export function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return STORAGE_MESSAGES.diskFull;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return STORAGE_MESSAGES.readOnly;
  return e instanceof Error ? e.message : String(e);
}
