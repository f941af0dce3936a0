import { CentreError } from '@shared/centre/contract';
import type { z } from 'zod';

/** A refusal or failure the page shows as it is: a Simplified Chinese sentence saying what happened and what to do. */
export class PageError extends Error {}

const unreachable = '连不上培训机构服务。请检查本机的服务是否还在运行，然后刷新页面。';
const unreadable = '培训机构服务的回答无法读取，页面没有做任何改动。请刷新页面再试；仍不行请重新启动本服务。';

/** The service's own message from an error answer, or a plain one for the status. */
async function failure(res: Response): Promise<PageError> {
  const body = CentreError.safeParse(await res.json().catch(() => null));
  if (body.success) return new PageError(body.data.error.message);
  if (res.status === 401) return new PageError('登录已过期，请刷新页面重新登录。');
  return new PageError(`培训机构服务没有完成这一步（${res.status}）。请刷新页面再试。`);
}

async function answer<S extends z.ZodType>(request: Promise<Response>, schema: S): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await request;
  } catch {
    throw new PageError(unreachable);
  }
  if (!res.ok) throw await failure(res);
  const parsed = schema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) throw new PageError(unreadable);
  return parsed.data;
}

/** A GET of one of the service's JSON answers, checked with its contract schema. */
export const getJson = <S extends z.ZodType>(path: string, schema: S) =>
  answer(fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }), schema);

/** A POST of a JSON body (same origin, the session cookie), its answer checked with `schema`. */
export const postJson = <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
  answer(
    fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    }),
    schema,
  );

export const messageOf = (e: unknown) => (e instanceof PageError ? e.message : unreadable);
