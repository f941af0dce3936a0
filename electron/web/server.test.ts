import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsDirForTesting, tempDataDir } from '../../test/support/questionsDirForTesting';
import { startWebServer } from './server';

let web: Awaited<ReturnType<typeof startWebServer>>;
let origin: string;
const token = 'a'.repeat(48);

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'sgl-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>社工路</title>');
  web = await startWebServer({
    learner: 'default',
    dataDir: tempDataDir(),
    questionsDir: questionsDirForTesting(),
    rendererDir,
    port: 0,
    token,
    now: () => Date.UTC(2026, 10, 28),
    log: () => {},
  });
  origin = new URL(web.url).origin;
});
afterAll(() => web.close());

/** Raw HTTP so Host and Origin can be set freely. */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const u = new URL(origin);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
  raw(`/api/${channel}`, {
    method: 'POST',
    headers: { Origin: origin, 'X-SGL-Token': token, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ args }),
  });

describe('browser runtime server', () => {
  it('binds to loopback and hands the token over in the URL fragment only', () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(web.url).toBe(`${origin}/#token=${token}`);
  });

  it('serves the renderer with a strict CSP', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('社工路');
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await raw('/../../etc/passwd')).status).toBe(404);
    expect((await raw('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    // A malformed escape is a bad request, not a server error (issue 12).
    expect((await raw('/%ZZ')).status).toBe(400);
    expect((await api('%ZZ', {})).status).toBe(400);
  });

  it('answers API calls that carry the token and our Origin', async () => {
    const r = await api('settings:get', undefined);
    expect(JSON.parse(r.body)).toEqual({
      ok: true,
      value: {
        level: null,
        examDate: null,
        fontStep: 0,
        desiredRetention: 0.9,
        mistakesExitStreak: 2,
        dailyNewOverride: null,
        passLine: 60,
        theme: 'system',
        passes: {},
        includePassed: false,
      },
    });
  });

  it.each([
    ['no token', { 'X-SGL-Token': '' }],
    ['wrong token', { 'X-SGL-Token': 'b'.repeat(48) }],
    ['foreign Origin', { Origin: 'https://evil.example' }],
    ['no Origin', { Origin: '' }],
  ])('refuses a call with %s', async (_name, headers) => {
    const r = await api('settings:update', { level: 'junior' }, headers);
    expect(r.status).toBe(403);
    // And nothing was written.
    expect(JSON.parse((await api('settings:get', undefined)).body).value.level).toBeNull();
  });

  it("streams main's push events to a listener that carries the token, as Server-Sent Events", async () => {
    const u = new URL(origin);
    const received: string[] = [];
    let listening: () => void = () => {};
    const ready = new Promise<void>((r) => (listening = r));
    let gotEvent: (frame: string) => void = () => {};
    const event = new Promise<string>((r) => (gotEvent = r));
    const req = request({ host: u.hostname, port: u.port, path: `/events?token=${token}`, method: 'GET' }, (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(String(res.headers['content-security-policy'])).toContain("connect-src 'self'");
      res.on('data', (d: Buffer) => {
        received.push(d.toString());
        const text = received.join('');
        if (text.startsWith(': listening')) listening();
        const frame = text.split('\n\n').find((f) => f.startsWith('data: '));
        if (frame) gotEvent(frame);
      });
    });
    req.end();
    await ready;
    // A change made through the API (the centre banks read again) reaches the open stream.
    expect((await api('centre:reload', undefined)).status).toBe(200);
    const frame = await event;
    expect(JSON.parse(frame.slice('data: '.length))).toEqual({ name: 'bank:reloaded', payload: { items: expect.any(Number) } });
    req.destroy();
  });

  it('refuses the event stream without the token, and to anything but GET', async () => {
    expect((await raw('/events')).status).toBe(403);
    expect((await raw('/events?token=wrong')).status).toBe(403);
    expect((await raw(`/events?token=${token}`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await raw('/', { headers: { Host: 'evil.example' } });
    expect(r.status).toBe(403);
  });

  it('returns coded errors for malformed bodies and payloads, and keeps running', async () => {
    const bad = await raw('/api/settings:update', {
      method: 'POST',
      headers: { Origin: origin, 'X-SGL-Token': token },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('BAD_REQUEST');
    expect(JSON.parse((await api('practice:answer', { questionId: 1 })).body).error.code).toBe('BAD_REQUEST');
    expect(JSON.parse((await api('nope:nope', {})).body).error.code).toBe('BAD_REQUEST');
    expect((await api('settings:get', undefined)).status).toBe(200);
  });
});

describe('stopping the browser runtime', () => {
  it('stops promptly while the browser holds an idle or pre-connected socket, after finishing the request in flight', async () => {
    const dataDir = tempDataDir();
    const opts = {
      learner: 'default',
      dataDir,
      questionsDir: questionsDirForTesting(),
      port: 0,
      token,
      now: () => Date.UTC(2026, 10, 28),
      log: () => {},
    };
    const rendererDir = mkdtempSync(join(tmpdir(), 'sgl-renderer-'));
    let arrived = () => {};
    const writeArrived = new Promise<void>((r) => (arrived = r));
    const second = await startWebServer({ ...opts, rendererDir, onRequest: (url) => url.includes('settings:update') && arrived() });
    const u = new URL(second.url);
    // A socket that never sends a request (what Chromium's pre-connect leaves behind) — without help it keeps
    // server.close() waiting for the headers timeout.
    const idle = connect(Number(u.port), u.hostname);
    await new Promise((r) => idle.once('connect', r));
    // A write that is still being handled when the stop comes.
    const write = fetch(`${u.origin}/api/settings:update`, {
      method: 'POST',
      headers: { Origin: u.origin, 'X-SGL-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: { level: 'intermediate' } }),
    });
    await writeArrived; // the stop comes while the write is being handled (no bet on a sleep)
    const started = Date.now();
    await second.close();
    expect(Date.now() - started).toBeLessThan(10_000); // the bug held it for minutes; this is not a speed goal
    const written = await (await write).text();
    expect(JSON.parse(written), written).toMatchObject({ ok: true });
    idle.destroy();
    // The write that was in flight is on disk.
    const third = await startWebServer({ ...opts, rendererDir });
    const o = new URL(third.url).origin;
    const r = await fetch(`${o}/api/settings:get`, { method: 'POST', headers: { Origin: o, 'X-SGL-Token': token } });
    expect(((await r.json()) as { value: { level: string } }).value.level).toBe('intermediate');
    await third.close();
  });
});
