/**
 * Channel names only — no zod here, so the sandboxed preload can import it without bundling a schema library.
 * `contract.ts` is checked at compile time to define exactly these channels.
 */
export const CHANNELS = [
  'app:status',
  'profiles:list',
  'profiles:create',
  'profiles:open',
  'profiles:close',
  'profiles:rename',
  'profiles:setPin',
  'profiles:delete',
  'settings:get',
  'settings:update',
  'catalog:overview',
  'practice:start',
  'practice:answer',
  'cases:start',
  'cases:reference',
  'cases:record',
  'today:plan',
  'today:start',
  'today:forecast',
  'practice:questions',
  'mistakes:list',
  'collections:favourites',
  'collections:setFavourite',
  'collections:setNote',
  'collections:state',
  'srs:status',
  'srs:optimize',
  'exam:options',
  'exam:start',
  'exam:get',
  'exam:answer',
  'exam:mark',
  'exam:caseAnswer',
  'exam:submit',
  'exam:result',
  'exam:caseMark',
  'exam:active',
  'exam:history',
  'transfer:export',
  'transfer:import',
  'results:csv',
  'backup:list',
  'backup:create',
  'backup:restore',
  'centre:status',
  'centre:reload',
  'centre:setFolder',
  'admin:setPin',
] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
