import type { Channel } from '@shared/ipc/contract';
import type { ParsedArgs, ResultOf } from '@shared/ipc/contract';

/** A handler per channel, receiving arguments already parsed by the contract. */
export type Handler<C extends Channel> = (args: ParsedArgs<C>) => Promise<ResultOf<C>> | ResultOf<C>;
export type Handlers = { [C in Channel]: Handler<C> };

/** The channels of one prefix (`today` → every `today:…` channel of the contract). */
export type ChannelsOf<P extends string> = Extract<Channel, `${P}:${string}`>;
/**
 * Every handler of one prefix: `x.ipc.ts` returns `PrefixHandlers<'x'>`, so a channel `x:y` is handled in `x.ipc.ts`
 * and nowhere else (a missing channel fails to compile here, a stray one as an excess property).
 */
export type PrefixHandlers<P extends string> = { [C in ChannelsOf<P>]: Handler<C> };
