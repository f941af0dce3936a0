import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface CentreTls {
  cert: string;
  key: string;
  /** SHA-256 fingerprint as `AB:CD:…`, the one the app pins on enrolment and the teacher's page shows. */
  fingerprint: string;
}

/** The SHA-256 fingerprint of a PEM certificate, as Node prints it (`AB:CD:…`). */
export const fingerprintOf = (certPem: string): string => new X509Certificate(certPem).fingerprint256;

/**
 * The centre's own certificate: made once, self-signed, in `<dataDir>/tls/` (key readable by the owner only), and the
 * same one on every start so the PCs that pinned it keep trusting it. Names: localhost, this host's addresses and `host`.
 */
export async function loadOrCreateTls(dataDir: string, host: string): Promise<CentreTls> {
  const dir = join(dataDir, 'tls');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  try {
    const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
    return { cert, key, fingerprint: fingerprintOf(cert) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const ips = new Set(['127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) ips.add(a.address);
  if (/^[\d.:]+$/.test(host) && host !== '0.0.0.0' && host !== '::') ips.add(host);
  const now = Date.now();
  const made = await generate([{ name: 'commonName', value: '社工路 培训机构服务' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 24 * 3600_000),
    notAfterDate: new Date(now + 20 * 365 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          ...(/^[\d.:]+$/.test(host) ? [] : [{ type: 2 as const, value: host }]),
          ...[...ips].map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true });
  await writeFile(keyFile, made.private, { mode: 0o600 });
  await writeFile(certFile, made.cert);
  return { cert: made.cert, key: made.private, fingerprint: fingerprintOf(made.cert) };
}
