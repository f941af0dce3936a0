import { CHANNELS } from '@shared/ipc/contract';
import type { Result } from '@shared/errors';
import { backendFrom, type Backend } from './backend';

/** The browser runtime's transport: POST /api/<channel> on the same origin, with the per-run token. */
export function httpBackend(token: string, fetchFn: typeof fetch = fetch): Backend {
  return backendFrom(CHANNELS, async (channel, args) => {
    let res: Response;
    try {
      res = await fetchFn(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-SGL-Token': token },
        body: JSON.stringify({ args }),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: '无法连接到社工路的后台服务。请重新启动社工路后重试。' } };
    }
    return (await res.json()) as Result<unknown>;
  });
}
