import type { ExportListName } from '@shared/ipc/contract/export';
import { BackendError, type Backend } from '../backend/backend';

/** Asks main for the export and saves it through the browser's download; returns the message to show. */
export async function saveExport(
  backend: Backend,
  list: ExportListName,
  format: 'xlsx' | 'csv',
  save: (fileName: string, bytes: Uint8Array, type: string) => void = downloadBytes,
): Promise<{ ok: boolean; text: string }> {
  try {
    const f = await backend['export:list']({ list, format });
    save(
      f.fileName,
      Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)),
      f.mimeType,
    );
    return { ok: true, text: EXPORT_MESSAGES.done(f.fileName, f.rows) };
  } catch (e) {
    return { ok: false, text: e instanceof BackendError ? e.message : EXPORT_MESSAGES.failed };
  }
}

function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const EXPORT_MESSAGES = {
  xlsx: (what: string) => `导出${what}（Excel）`,
  csv: (what: string) => `导出${what}（通用表格文件）`,
  names: { mistakes: '错题本', favourites: '收藏', notes: '笔记' } as Record<ExportListName, string>,
  done: (file: string, rows: number) => `已导出 ${rows} 题：${file}`,
  failed: '导出失败，记录没有被改动。请重试。',
  print: (what: string) => `打印${what}`,
  printTitle: (what: string) => `打印${what}（含答案和解析）`,
  printNow: '打印（可选“另存为 PDF”）',
  printBack: '返回',
  printEmpty: '这里还没有题目。',
  printKey: '答案：',
  printExplanation: '解析：',
  printNote: '笔记：',
} as const;
