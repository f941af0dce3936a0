import { z } from 'zod';
import { Level, SubjectId } from '../../bank/schema';
import { type ContractPart } from './common';

export const ChapterOverview = z.object({
  id: z.string(),
  no: z.number(),
  title: z.string(),
  status: z.enum(['confirmed', 'inferred']),
  single: z.number(),
  multiple: z.number(),
  case: z.number(),
  done: z.number(),
  correct: z.number(),
});

export type ChapterOverview = z.infer<typeof ChapterOverview>;

export const SubjectOverview = z.object({
  id: SubjectId,
  name: z.string(),
  shortName: z.string(),
  tree: z.enum(['2018', '2025']),
  items: z.number(),
  chapters: z.array(ChapterOverview),
});

export type SubjectOverview = z.infer<typeof SubjectOverview>;

/** The `catalog:…` channels. */
export const catalogContract = {
  'catalog:overview': { args: z.object({ level: Level }), result: z.array(SubjectOverview) },
} satisfies ContractPart<'catalog'>;
