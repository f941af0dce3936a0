import type { Teacher } from './teachers';

/** Every text that reaches the page goes through this: the page runs no script, and no learner name becomes markup. */
export function esc(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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

/** A page that only says what happened (a class that is not the teacher's, an address that does not exist). */
export function messagePage(message: string): string {
  return layout('提示', `<p class="msg" role="alert">${esc(message)}</p><p><a href="/">返回首页</a></p>`);
}

/**
 * After sign-in, every page is the Svelte app (`electron/centre/web`, built into out/centre/centre.js) over the JSON
 * the service answers. Without a build the page says so plainly; the 退出登录 button is a form and works either way.
 */
export function appShell(teacher: Teacher, built: boolean): string {
  const body = built
    ? `<div id="app"><p class="hint">正在打开……</p></div><noscript><p class="msg" role="alert">老师页面需要浏览器允许运行脚本（JavaScript）。请换用 Chrome、Edge 或 Firefox 的新版本打开。</p></noscript>`
    : '<h1>老师页面还没有构建</h1><p class="msg" role="alert" id="centre-not-built">老师页面的程序还没有构建，暂时打不开班级。请在社工路的程序文件夹里运行 npm run build，然后重新启动本服务。</p>';
  return layout('老师页面', body, teacher, built ? '<script type="module" src="/centre.js"></script>' : '');
}

export const CSS = `body{font-family:"Noto Sans CJK SC",sans-serif;margin:0;background:#f6f7f9;color:#222}
header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1.2rem;background:#24527a;color:#fff}
header a{color:#fff;text-decoration:none;font-weight:bold}.bar{margin:0}.bar span{margin-right:.5rem}
main{padding:1rem 1.2rem;max-width:1200px}section{background:#fff;padding:1rem;margin:1rem 0;border-radius:6px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left}
label{display:inline-block;margin:.3rem 1rem .3rem 0}.assign select{margin-right:1rem}.assign label[for]{margin-right:.3rem}#assign-target{max-width:22rem}input,select,button{font:inherit;padding:.25rem .4rem}
.code{font-family:monospace;font-size:1.1em;letter-spacing:.1em}.msg{background:#fde8e8;padding:.6rem;border-radius:4px}
.hint{color:#555}#fingerprint .code{overflow-wrap:anywhere;letter-spacing:0}.heat{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:.4rem}
.heat li{padding:.5rem;border-radius:4px;color:#111}.heat b{display:block;font-weight:normal}.heat span{font-size:.9em}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.charts>*,.charts figure{margin:0;min-width:0}
.charts figcaption{font-weight:bold;margin-bottom:.4rem}.chart-box{position:relative;height:260px}
@media (max-width:1000px){.charts{grid-template-columns:1fr}}
.scroll{overflow-x:auto}.exports{margin:.3rem 0}.ok{color:#1d6b2c;margin:.3rem 0}.ok:empty{display:none}
button.link{background:none;border:0;padding:0;color:#1a4f8b;text-decoration:underline;cursor:pointer}
:focus-visible{outline:3px solid #e0a800;outline-offset:2px}h1 small{font-size:.6em;font-weight:normal;margin-left:.5rem}
table.small{margin-top:.4rem}table.small caption{text-align:left;color:#555}.chapter-chart{margin:1rem 0 0}
.trend figcaption{font-weight:bold}details{margin-top:.8rem}summary{cursor:pointer}
.h0,.h1,.h2,.h3{background:#f4a3a3}.h4,.h5{background:#f7c99a}.h6{background:#f5e49c}.h7{background:#d6eaa0}.h8,.h9{background:#9fd8a8}.hnone{background:#e4e4e4}`;
