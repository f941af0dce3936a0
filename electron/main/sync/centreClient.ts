import { z } from 'zod';
import { CentreBank, CentreError, EnrolBatchResult, EnrolResult, PullResult, PushResult, type SyncEvent } from '@shared/centre/contract';
import { CertificateChanged } from './pinnedFetch';

/** How a call to the centre ended when it did not succeed. */
export type CentreFailure =
  { kind: 'offline' } | { kind: 'revoked'; message: string } | { kind: 'refused'; status: number; code: string; message: string };

export class CentreCallError extends Error {
  constructor(readonly failure: CentreFailure) {
    super(failure.kind === 'offline' ? 'offline' : failure.message);
    this.name = 'CentreCallError';
  }
}

export type Fetch = typeof fetch;

export const CERT_CHANGED =
  '培训机构的证书和连接时记下的不一样：可能有人冒充培训机构，也可能机构重装了服务。为安全起见暂停同步，请向老师核对后，断开再重新连接。';

/**
 * The only network requests the app makes: to the centre the learner connected to, at `base`. Each answer is checked
 * with the centre contract; a centre that cannot be reached is `offline` (the caller retries later).
 */
export function centreClient(base: string, fetchImpl: Fetch = fetch, timeoutMs = 15_000) {
  async function call<S extends z.ZodType>(action: string, token: string | undefined, body: unknown, schema: S): Promise<z.infer<S>> {
    let res: Response;
    try {
      res = await fetchImpl(`${base}/api/sync/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch (e) {
      if (e instanceof CertificateChanged)
        throw new CentreCallError({ kind: 'refused', status: 495, code: 'CERT_CHANGED', message: CERT_CHANGED });
      throw new CentreCallError({ kind: 'offline' });
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new CentreCallError({ kind: 'offline' });
    }
    if (res.ok) {
      const r = schema.safeParse(json);
      if (r.success) return r.data;
      throw new CentreCallError({
        kind: 'refused',
        status: 502,
        code: 'BAD_ANSWER',
        message: '培训机构的回答无法识别（版本可能不一致）。请告诉老师。',
      });
    }
    const e = CentreError.safeParse(json);
    const message = e.success ? e.data.error.message : `培训机构拒绝了请求（${res.status}）。`;
    if (res.status === 401) throw new CentreCallError({ kind: 'revoked', message });
    throw new CentreCallError({ kind: 'refused', status: res.status, code: e.success ? e.data.error.code : 'HTTP', message });
  }
  return {
    enrol: (b: { code: string; learnerName: string; personalCode?: string; consent: true; machineLabel?: string }) =>
      call('enrol', undefined, b, EnrolResult),
    /** Several learners of this PC at once (an administrator's 为本机所有学员连接); each answer says how its learner fared. */
    enrolBatch: (b: { code: string; learners: { learnerName: string; consent: true; personalCode?: string }[]; machineLabel?: string }) =>
      call('enrol-batch', undefined, b, EnrolBatchResult),
    push: (token: string, learnerId: number, events: SyncEvent[]) => call('push', token, { learnerId, events }, PushResult),
    pull: (token: string, learnerId: number, since: number) => call('pull', token, { learnerId, since }, PullResult),
    bank: (token: string, learnerId: number, bankId: number) => call('bank', token, { learnerId, bankId }, CentreBank),
    disconnect: (token: string, learnerId: number, deleteData: boolean) =>
      call('disconnect', token, { learnerId, deleteData }, z.object({ deleted: z.boolean() })),
  };
}

/**
 * A centre address as typed by a person: `192.168.1.10:7418` (HTTPS, the centre's default), `https://…`, or `http://…`
 * for a centre the teacher runs with plain HTTP; normalised to an origin; null if it is not one.
 */
export function normaliseCentreUrl(input: string): string | null {
  const s = input.trim();
  try {
    const u = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
    if (u.username || u.password || (u.pathname !== '/' && u.pathname !== '')) return null;
    return u.origin;
  } catch {
    return null;
  }
}
