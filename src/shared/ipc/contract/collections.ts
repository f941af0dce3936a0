import { z } from 'zod';
import { QuestionId } from '../../formats';
import { Empty, ItemDetail, ListedQuestion, type ContractPart } from './common';

/** A 收藏 entry: when it was starred, its note, how often it was answered and answered wrongly, and what opens in place. */
export const FavouriteEntry = ListedQuestion.extend(ItemDetail.shape).extend({
  at: z.number(),
  note: z.string(),
  attempts: z.number().int().nonnegative(),
  wrongs: z.number().int().nonnegative(),
});

export type FavouriteEntry = z.infer<typeof FavouriteEntry>;

/** The `collections:…` channels. */
export const collectionsContract = {
  'collections:favourites': { args: Empty, result: z.array(FavouriteEntry) },
  /**
   * How many of the learner's 错题本 and 收藏 items are no longer in the bank: withdrawn by a bank update (已下架), or
   * `deleted` with an imported bank the learner removed (已删除). Their records are kept.
   */
  'collections:withdrawn': {
    args: Empty,
    result: z.object({
      mistakes: z.number().int(),
      favourites: z.number().int(),
      deleted: z.object({ mistakes: z.number().int(), favourites: z.number().int() }),
    }),
  },
  'collections:setFavourite': {
    args: z.object({ questionId: QuestionId, on: z.boolean() }),
    result: z.object({ favourite: z.boolean() }),
  },
  'collections:setNote': {
    args: z.object({ questionId: QuestionId, text: z.string().max(5000) }),
    result: z.object({ note: z.string() }),
  },
  'collections:state': {
    args: z.object({ ids: z.array(z.string().max(64)).max(500) }),
    result: z.record(z.string(), z.object({ favourite: z.boolean(), note: z.string() })),
  },
} satisfies ContractPart<'collections'>;
