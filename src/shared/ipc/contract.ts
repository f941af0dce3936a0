import type { z } from 'zod';
import { adminContract } from './contract/admin';
import { appContract } from './contract/app';
import { backupContract } from './contract/backup';
import { casesContract } from './contract/cases';
import { catalogContract } from './contract/catalog';
import { centreContract } from './contract/centre';
import { collectionsContract } from './contract/collections';
import { examContract } from './contract/exam';
import { exportContract } from './contract/export';
import { importContract } from './contract/import';
import { mistakesContract } from './contract/mistakes';
import { practiceContract } from './contract/practice';
import { profilesContract } from './contract/profiles';
import { readContract } from './contract/read';
import { reportContract } from './contract/report';
import { resultsContract } from './contract/results';
import { settingsContract } from './contract/settings';
import { srsContract } from './contract/srs';
import { syncContract } from './contract/sync';
import { todayContract } from './contract/today';
import { transferContract } from './contract/transfer';

/**
 * The one IPC contract: every channel's argument and result schema, merged from one file per channel prefix under
 * `contract/`. Both transports, the preload's channel check and the handler types are built from it, so a channel is
 * named once here (in its prefix file), once in its handler and at its call sites.
 */
export const contract = {
  ...adminContract,
  ...appContract,
  ...backupContract,
  ...casesContract,
  ...catalogContract,
  ...centreContract,
  ...collectionsContract,
  ...examContract,
  ...exportContract,
  ...importContract,
  ...mistakesContract,
  ...practiceContract,
  ...profilesContract,
  ...readContract,
  ...reportContract,
  ...resultsContract,
  ...settingsContract,
  ...srsContract,
  ...syncContract,
  ...todayContract,
  ...transferContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** Every channel, in a stable order. */
export const CHANNELS = Object.keys(contract).sort() as Channel[];
const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && CHANNEL_SET.has(value);
}

export type Args<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

/** The shape both transports expose to the renderer. */
export type Api = { [C in Channel]: (args: Args<C>) => Promise<ResultOf<C>> };

export * from './contract/common';
export * from './contract/app';
export * from './contract/backup';
export * from './contract/cases';
export * from './contract/catalog';
export * from './contract/centre';
export * from './contract/collections';
export * from './contract/exam';
export * from './contract/mistakes';
export * from './contract/practice';
export * from './contract/profiles';
export * from './contract/read';
export * from './contract/report';
export * from './contract/srs';
export * from './contract/today';
export { AnswerMode } from '../formats';
