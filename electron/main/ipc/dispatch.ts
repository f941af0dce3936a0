import { isChannel, type Channel } from '@shared/ipc/contract';
import { contract, fieldMessageOf } from '@shared/ipc/contract';
import { AppError, ERROR_MESSAGES, type Result } from '@shared/errors';
import type { Handler, Handlers } from './handlers';

export type Dispatch = (channel: unknown, rawArgs: unknown) => Promise<Result<unknown>>;

/**
 * The one entry both transports call: checks the channel, parses the untrusted arguments with the contract,
 * runs the handler and turns every failure into a coded error value. Never throws.
 */
export function createDispatcher(handlers: Handlers, log: (message: string) => void): Dispatch {
  return async (channel, rawArgs) => {
    if (!isChannel(channel)) {
      log(`ipc: unknown channel ${String(channel).slice(0, 80)}`);
      return { ok: false, error: { code: 'BAD_REQUEST', message: ERROR_MESSAGES.BAD_REQUEST } };
    }
    const parsed = contract[channel].args.safeParse(rawArgs);
    if (!parsed.success) {
      log(`ipc: bad arguments for ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      // A field the learner typed (name, PIN) gets its own message; anything else the generic one.
      return { ok: false, error: { code: 'BAD_REQUEST', message: fieldMessageOf(parsed.error.issues) ?? ERROR_MESSAGES.BAD_REQUEST } };
    }
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const value: unknown = await handler(parsed.data as never);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppError) {
        log(`ipc: ${channel} failed: ${e.code} ${e.message}`);
        return { ok: false, error: { code: e.code, message: e.message } };
      }
      log(`ipc: ${channel} crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
    }
  };
}
