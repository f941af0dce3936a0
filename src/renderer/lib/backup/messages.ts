export const BACKUP_MESSAGES = {
  title: '备份与恢复',
  intro: '社工路每天自动备份你的学习记录（保留最近 7 天），关闭程序时会更新当天的备份。你也可以随时手动备份。',
  backupNow: '立即备份',
  backingUp: '正在备份…',
  created: '备份完成。',
  empty: '还没有备份。',
  kinds: { daily: '每日自动备份', manual: '手动备份', 'before-restore': '恢复前的记录' } as Record<string, string>,
  files: (n: number, bytes: number) => `${n} 个文件，${bytes < 1024 ? `${bytes} 字节` : `${(bytes / 1024).toFixed(1)} KB`}`,
  restore: '恢复',
  confirm: (label: string) =>
    `确定要用“${label}”的备份替换现在的学习记录吗？现在的记录不会删除，会另存为一份“恢复前的记录”，需要时可以再恢复回来。`,
  confirmTitle: '要恢复这份备份吗？',
  confirmYes: '确定恢复',
  cancel: '取消',
  restoring: '正在恢复…',
  restored: '已恢复所选备份。',
  back: '返回设置',
  failed: '操作没有完成，请重试。',
  listFailed: '读取备份列表时出错。',
  when: (at: number) => {
    const d = new Date(at);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}`;
  },
} as const;
