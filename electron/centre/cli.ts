import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCentre } from './openCentre';

/**
 * `npm run centre -- --data <folder> [--host <addr>] [--port N] [--database postgres://…] [--http]`: the 社工路
 * centre service. Binds 127.0.0.1 unless --host names the LAN address. HTTPS with its own self-signed certificate
 * (made once in `<folder>/tls/`, pinned by each PC on enrolment) unless --http asks for plain HTTP.
 * Prints `SGL_CENTRE_READY <url>` when listening.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    database: { type: 'string' },
    http: { type: 'boolean' },
  },
});
if (!values.data) {
  console.error('用法：npm run centre -- --data <数据文件夹> [--host <本机局域网地址>] [--port 端口] [--database postgres://…] [--http]');
  process.exit(2);
}
const centre = await openCentre({
  dataDir: resolve(values.data),
  host: values.host ?? '127.0.0.1',
  port: Number(values.port ?? 7418),
  databaseUrl: values.database ?? process.env['SGL_CENTRE_DATABASE'],
  plainHttp: values.http === true,
  log: (m) => console.error(`[社工路 centre] ${m}`),
}).catch((e: unknown) => {
  console.error(`社工路 centre service could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
console.log(`社工路 培训机构服务 — 数据：${values.database ? 'PostgreSQL 服务器' : resolve(values.data, 'pgdata')}`);
console.log(`老师打开：${centre.url}/    学员电脑在 设置 → 连接培训机构 填写：${centre.url}`);
if (!values.host) console.log('只在本机可用（127.0.0.1）。要让机房和学员的电脑连接，请加 --host <本机局域网地址>。');
if (centre.fingerprint) {
  console.log(`连接已加密（HTTPS，本机自签名证书）。证书指纹：${centre.fingerprint}`);
  console.log('老师的浏览器第一次打开时会提示“不安全”：这是因为证书是本机自己签发的，核对指纹后选择继续即可。');
} else console.log('注意：您选择了 --http，连接使用普通 HTTP，不加密；请只在机构自己的局域网内使用。');
console.log(`SGL_CENTRE_READY ${centre.url}`);
const stop = () => void centre.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
