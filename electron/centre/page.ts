import type { ChapterRow, LearnerRow } from '@shared/centre/contract';
import type { ChartData } from './web/data';
import type { AssignmentProgress, ClassRow, Teacher } from './teachers';

/** Every text that reaches the page goes through this: the page runs no script, and no learner name becomes markup. */
export function esc(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** A value as a JSON data block's text: nothing in it can close the block or start markup. */
export function jsonBlock(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function layout(title: string, body: string, teacher?: Teacher, script = ''): string {
  const bar = teacher
    ? `<form method="post" action="/logout" class="bar"><span>${esc(teacher.displayName)}</span> <button>退出登录</button></form>`
    : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} · 社工路 培训机构</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/centre.css">${script}</head>
<body><header><a href="/">社工路 · 培训机构</a>${bar}</header><main>${body}</main></body></html>`;
}

export function loginPage(message = ''): string {
  return layout(
    '登录',
    `${message ? `<p class="msg" role="alert">${esc(message)}</p>` : ''}
<section><h1>老师登录</h1><form method="post" action="/login">
<label>用户名 <input name="username" required autocomplete="username"></label>
<label>密码 <input name="password" type="password" required autocomplete="current-password"></label>
<button>登录</button></form></section>
<section><h2>新老师注册</h2><form method="post" action="/signup">
<label>姓名 <input name="displayName" required></label>
<label>用户名 <input name="username" required autocomplete="username"></label>
<label>密码（至少 8 位） <input name="password" type="password" required minlength="8" autocomplete="new-password"></label>
<button>注册</button></form></section>`,
  );
}

export function classesPage(teacher: Teacher, classes: ClassRow[], message = '', fingerprint: string | null = null): string {
  const rows = classes
    .map((c) => `<tr><td><a href="/classes/${c.id}">${esc(c.name)}</a></td><td class="code">${esc(c.code)}</td><td>${c.learners}</td></tr>`)
    .join('');
  return layout(
    '我的班级',
    `${message ? `<p class="msg" role="alert">${esc(message)}</p>` : ''}<h1>我的班级</h1>
<table id="classes"><thead><tr><th>班级</th><th>班级码</th><th>学员</th></tr></thead><tbody>${rows || '<tr><td colspan="3">还没有班级</td></tr>'}</tbody></table>
<form method="post" action="/classes"><label>新班级名称 <input name="name" required maxlength="60"></label> <button>创建班级</button></form>
<p class="hint">学员在社工路的 设置 → 连接培训机构 里输入本机地址和班级码即可加入。</p>
${
  fingerprint
    ? `<p class="hint" id="fingerprint">连接已加密（HTTPS）。本机证书指纹：<span class="code">${esc(fingerprint)}</span><br>学员连接后，社工路会显示同样的指纹：请学员核对前几位。</p>`
    : '<p class="hint" id="fingerprint">注意：本服务用普通 HTTP 运行，不加密，只应在机构自己的局域网内使用。</p>'
}`,
    teacher,
  );
}

/** 0–9: the heat map's colour step for an accuracy (red = teach again, green = fine). */
const heat = (x: number | null) => (x === null ? 'hnone' : `h${Math.min(9, Math.floor(x * 10))}`);

export function classPage(
  teacher: Teacher,
  cls: ClassRow,
  learners: LearnerRow[],
  chapters: ChapterRow[],
  assignments: AssignmentProgress[],
  chapterNames: ReadonlyMap<string, string>,
  chartsBuilt = true,
): string {
  // Weakest first (the chapter to teach again on top); chapters without answers last.
  const sorted = [...chapters].sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.chapter.localeCompare(b.chapter));
  const title = (c: ChapterRow) => chapterNames.get(c.chapter) ?? c.chapter;
  const data: ChartData = {
    chapters: sorted.map((c) => ({ chapter: c.chapter, title: title(c), answers: c.answers, accuracy: c.accuracy })),
    learners: learners.map((l) => ({ name: l.name, mocks: l.mocks })),
  };
  const charts = chartsBuilt
    ? `<div id="centre-charts"><p class="hint">正在画图……</p></div><script type="application/json" id="centre-data">${jsonBlock(data)}</script>`
    : '<p class="msg" role="alert" id="centre-charts-missing">图表还没有构建，暂时只能看下面的表格。请在社工路的程序文件夹里运行 npm run build，然后重新启动本服务。</p>';
  const lr = learners
    .map((l) => {
      const last = l.mocks[l.mocks.length - 1];
      const mock = last ? `${Math.round(last.score)} / 及格 ${Math.round(last.passLine)}${last.score >= last.passLine ? ' ✓' : ''}` : '—';
      return `<tr><td>${esc(l.name)}</td><td>${l.itemsDone}</td><td>${l.answers}</td><td>${pct(l.accuracy)}</td><td>${l.streak}</td><td>${esc(l.lastDay ?? '—')}</td><td>${esc(mock)}</td><td>${l.machines}</td></tr>`;
    })
    .join('');
  const heatCells = sorted
    .map(
      (c) =>
        `<li class="${heat(c.accuracy)}" title="${esc(c.chapter)}"><b>${esc(title(c))}</b><span>${pct(c.accuracy)} · ${c.answers} 题次</span></li>`,
    )
    .join('');
  const ar = assignments
    .map(
      (a) =>
        `<tr><td>${a.kind === 'mock' ? '模拟考试' : '练习'}</td><td>${esc(a.title)}</td><td>${esc(a.target)}</td><td>${esc(a.dueDay)}</td><td>${a.done} / ${cls.learners}</td><td>${esc(a.doneBy.join('、') || '—')}</td></tr>`,
    )
    .join('');
  return layout(
    cls.name,
    `<h1>${esc(cls.name)} <small>班级码 <span class="code">${esc(cls.code)}</span></small></h1>
<section><h2>图表</h2>${charts}</section>
<section><h2>学员</h2><p>导出：<a href="/classes/${cls.id}/learners.xlsx">Excel（.xlsx）</a> · <a href="/classes/${cls.id}/learners.csv">.csv</a></p>
<table id="learners"><thead><tr><th>学员</th><th>做过的题</th><th>答题次数</th><th>正确率</th><th>连续打卡（天）</th><th>最近学习</th><th>最近模拟考试</th><th>电脑</th></tr></thead>
<tbody>${lr || '<tr><td colspan="8">还没有学员加入</td></tr>'}</tbody></table></section>
<section><h2>各章正确率</h2><p class="hint">颜色越红，全班这一章越弱，值得再讲一次。 导出：<a href="/classes/${cls.id}/chapters.xlsx">Excel（.xlsx）</a> · <a href="/classes/${cls.id}/chapters.csv">.csv</a></p>
<ul id="heatmap" class="heat">${heatCells || '<li class="hnone">还没有答题记录</li>'}</ul></section>
<section><h2>布置作业</h2>
<table id="assignments"><thead><tr><th>类型</th><th>名称</th><th>章节或科目</th><th>截止日期</th><th>已完成</th><th>已完成的学员</th></tr></thead><tbody>${ar || '<tr><td colspan="6">还没有作业</td></tr>'}</tbody></table>
<form method="post" action="/classes/${cls.id}/assignments">
<label>类型 <select name="kind"><option value="practice">练习</option><option value="mock">模拟考试</option></select></label>
<label>名称 <input name="title" required maxlength="80"></label>
<label>章节或科目编号 <input name="target" required maxlength="64"></label>
<label>截止日期 <input name="dueDay" type="date" required></label>
<button>布置</button></form></section>`,
    teacher,
    chartsBuilt ? '<script type="module" src="/centre.js"></script>' : '',
  );
}

export const CSS = `body{font-family:"Noto Sans CJK SC",sans-serif;margin:0;background:#f6f7f9;color:#222}
header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1.2rem;background:#24527a;color:#fff}
header a{color:#fff;text-decoration:none;font-weight:bold}.bar{margin:0}.bar span{margin-right:.5rem}
main{padding:1rem 1.2rem;max-width:1200px}section{background:#fff;padding:1rem;margin:1rem 0;border-radius:6px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left}
label{display:inline-block;margin:.3rem 1rem .3rem 0}input,select,button{font:inherit;padding:.25rem .4rem}
.code{font-family:monospace;font-size:1.1em;letter-spacing:.1em}.msg{background:#fde8e8;padding:.6rem;border-radius:4px}
.hint{color:#555}#fingerprint .code{overflow-wrap:anywhere;letter-spacing:0}.heat{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:.4rem}
.heat li{padding:.5rem;border-radius:4px;color:#111}.heat b{display:block;font-weight:normal}.heat span{font-size:.9em}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.charts figure{margin:0;min-width:0}
.charts figcaption{font-weight:bold;margin-bottom:.4rem}.chart-box{position:relative;height:260px}
@media (max-width:1000px){.charts{grid-template-columns:1fr}}
.h0,.h1,.h2,.h3{background:#f4a3a3}.h4,.h5{background:#f7c99a}.h6{background:#f5e49c}.h7{background:#d6eaa0}.h8,.h9{background:#9fd8a8}.hnone{background:#e4e4e4}`;
