import { request } from 'node:https';
import { connect, type PeerCertificate } from 'node:tls';
/** The fetch the centre client is given (global fetch, or one pinned to a certificate). */
type Fetch = typeof fetch;

/** The centre answered with a certificate other than the one this PC pinned when it connected. */
export class CertificateChanged extends Error {
  constructor() {
    super('certificate changed');
    this.name = 'CertificateChanged';
  }
}

const toPem = (raw: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${raw
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd()}\n-----END CERTIFICATE-----\n`;

/**
 * On enrolment: the certificate the centre at `base` (https) shows, with its SHA-256 fingerprint. It is trusted on
 * this first contact (the teacher's page shows the same fingerprint to compare) and pinned from then on.
 */
export function fetchCertificate(base: string, timeoutMs = 15_000): Promise<{ pem: string; fingerprint: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const socket = connect({
      host,
      port: Number(u.port || 443),
      rejectUnauthorized: false,
      ...(/^[\d.:]+$/.test(host) ? {} : { servername: host }),
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('timeout')));
    socket.once('secureConnect', () => {
      const cert: PeerCertificate = socket.getPeerCertificate();
      socket.end();
      if (!cert.raw) return reject(new Error('no certificate'));
      resolve({ pem: toPem(cert.raw), fingerprint: cert.fingerprint256 });
    });
    socket.once('error', reject);
  });
}

/**
 * A fetch that talks HTTPS to one centre and accepts only the pinned certificate: it is the only trusted root, and its
 * fingerprint must match (the host name is not checked: a LAN address may change, the certificate may not).
 */
export function pinnedFetch(pem: string, fingerprint: string): Fetch {
  return ((input: string | URL | Request, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
      let mismatch = false;
      const req = request(
        url,
        {
          method: init?.method ?? 'GET',
          headers: init?.headers as Record<string, string> | undefined,
          ca: pem,
          checkServerIdentity: (_host, cert) => {
            if (cert.fingerprint256 === fingerprint) return undefined;
            mismatch = true;
            return new CertificateChanged();
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.once('error', reject);
          res.once('end', () => {
            const headers = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v);
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers }));
          });
        },
      );
      const signal = init?.signal;
      if (signal) {
        if (signal.aborted) req.destroy(new Error('aborted'));
        signal.addEventListener('abort', () => req.destroy(new Error('aborted')), { once: true });
      }
      // Another certificate fails either the chain check (it is not the pinned one) or the fingerprint check.
      req.once('error', (e: NodeJS.ErrnoException) =>
        reject(mismatch || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(e.code ?? '') ? new CertificateChanged() : e),
      );
      if (init?.body !== undefined && init.body !== null) req.write(init.body as string);
      req.end();
    })) as Fetch;
}
