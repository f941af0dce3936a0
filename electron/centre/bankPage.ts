import type { CentreBankRef } from '@shared/centre/contract';
import { esc } from './page';

/** The class page's 题库 section: the class's banks, an upload form (file + 名称) and a 删除 button per bank. */
export function bankSection(classId: number, banks: CentreBankRef[]): string {
  const rows = banks
    .map(
      (b) =>
        `<tr><td>${esc(b.name)}</td><td>${esc(new Date(b.uploadedAt).toLocaleString('zh-CN'))}</td><td><form method="post" action="/classes/${classId}/banks/${b.id}/delete" class="bar"><button>删除</button></form></td></tr>`,
    )
    .join('');
  return `<section><h2>班级题库</h2><p class="hint">上传社工路格式的题库文件（.json，格式见 questions/README.md；社工路 导入题库 写出的文件即可）。上传时按社工路的题库规则检查，有问题的文件不会上传。学员电脑下次同步时取得，在章节练习里使用；删除后学员电脑下次同步时移除（已答记录保留）。</p>
<table id="banks"><thead><tr><th>名称</th><th>上传时间</th><th>操作</th></tr></thead><tbody>${rows || '<tr><td colspan="3">还没有题库</td></tr>'}</tbody></table>
<form method="post" action="/classes/${classId}/banks" enctype="multipart/form-data">
<label>名称 <input name="name" required maxlength="60"></label>
<label>题库文件 <input name="bank" type="file" accept=".json,application/json" required></label>
<button>上传题库</button></form></section>`;
}
