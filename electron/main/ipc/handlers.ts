import type { Channel, } from '@shared/ipc/channels';
import type { ParsedArgs, ResultOf } from '@shared/ipc/contract';

/** A handler per channel, receiving arguments already parsed by the contract. */
export type Handler<C extends Channel> = (args: ParsedArgs<C>) => Promise<ResultOf<C>> | ResultOf<C>;
export type Handlers = { [C in Channel]: Handler<C> };
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
