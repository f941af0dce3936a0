import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { createApp } from '../main/app';
import type { Dispatch } from '../main/ipc/dispatch';
import type { ServiceConfig } from '../main/services/services';
import { ERROR_MESSAGES } from '@shared/errors';
import { CSP } from '@shared/csp';
import { EVENTS_PATH } from '@shared/ipc/events';

/**
 * The browser runtime: serves the built renderer and an HTTP bridge to the same handlers the Electron main process
 * registers, over the same storage. Loopback only, per-run token, Origin checked.
 */
export interface WebServerOptions extends ServiceConfig {
  rendererDir: string;
  port: number;
  token: string;
  /** Called as each request starts being handled (a signal for tests that stop the server mid-request). */
  onRequest?: (url: string) => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// Large enough for importing a year of study (the import payload is the biggest request).
const MAX_BODY = 80 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch, opts: WebServerOptions, origin: string) {
  const forbidden = () => send(res, 403, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } }));
  if (req.method !== 'POST') return forbidden();
  if (req.headers.origin !== origin) return forbidden();
  if (!tokenMatches(req.headers['x-sgl-token'] as string | undefined, opts.token)) return forbidden();
  const channel = safeDecode((req.url ?? '').slice('/api/'.length));
  if (channel === null)
    return send(res, 400, JSON.stringify({ ok: false, error: { code: 'BAD_REQUEST', message: ERROR_MESSAGES.BAD_REQUEST } }));
  let args: unknown;
  try {
    const body = await readBody(req);
    args = body.length ? (JSON.parse(body) as { args?: unknown }).args : undefined;
  } catch {
    opts.log(`web: unreadable body for ${channel}`);
    return send(res, 400, JSON.stringify({ ok: false, error: { code: 'BAD_REQUEST', message: ERROR_MESSAGES.BAD_REQUEST } }));
  }
  send(res, 200, JSON.stringify(await dispatch(channel, args)));
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  const decoded = safeDecode(pathname);
  if (decoded === null) return send(res, 400, 'bad request', 'text/plain');
  const rel = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(rendererDir, rel));
  if (!file.startsWith(normalize(rendererDir) + sep)) return send(res, 404, 'not found', 'text/plain');
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, 'not found', 'text/plain');
  }
}

/**
 * GET /events?token=…: main's push events as Server-Sent Events (EventSource cannot send headers, so the token comes
 * in the query). The stream opens with a comment line, so a client knows it is listening.
 */
function handleEvents(req: IncomingMessage, res: ServerResponse, opts: WebServerOptions, streams: Set<ServerResponse>): void {
  if (req.method !== 'GET') return send(res, 405, 'method not allowed', 'text/plain');
  const given = new URL(req.url ?? '/', 'http://x').searchParams.get('token') ?? undefined;
  if (!tokenMatches(given, opts.token)) return send(res, 403, 'forbidden', 'text/plain');
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': listening\n\n');
  streams.add(res);
  req.on('close', () => streams.delete(res));
}

/** A percent-decoded path, or null for a malformed escape such as %ZZ (answered 400, not 500). */
function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export async function startWebServer(opts: WebServerOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const sgl = await createApp({ ...opts, runtime: 'web' });
  const dispatch = sgl.dispatch;
  let origin = '';
  const inFlight = new Set<Promise<void>>();
  // Open event streams (long-lived, so not counted as requests in flight).
  const streams = new Set<ServerResponse>();
  const stopEvents = sgl.events.on((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(frame);
  });
  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    // Rebinding guard: only our own loopback host name is served.
    if (host !== new URL(origin).host) return send(res, 403, 'forbidden', 'text/plain');
    opts.onRequest?.(req.url ?? '');
    if (new URL(req.url ?? '/', 'http://x').pathname === EVENTS_PATH) return handleEvents(req, res, opts, streams);
    const run = (req.url ?? '').startsWith('/api/')
      ? handleApi(req, res, dispatch, opts, origin)
      : handleStatic(req, res, opts.rendererDir);
    const tracked = run.catch((e: unknown) => {
      opts.log(`web: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }));
    });
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  origin = `http://127.0.0.1:${port}`;
  return {
    server,
    url: `${origin}/#token=${opts.token}`,
    close: async () => {
      // Stop accepting, let every request already being handled finish its writes, then drop the sockets the browser
      // keeps open (an idle keep-alive or pre-connected socket would otherwise hold server.close() open for minutes).
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      stopEvents();
      for (const res of streams) res.end();
      streams.clear();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
      await sgl.dispose();
    },
  };
}
