import { collectionState, listFavourites, setFavourite, setNote, withdrawnCounts } from '../services/collections';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function collectionsHandlers(s: Services): PrefixHandlers<'collections'> {
  return {
    'collections:favourites': () => listFavourites(s),
    'collections:setFavourite': ({ questionId, on }) => setFavourite(s, questionId, on),
    'collections:setNote': ({ questionId, text }) => setNote(s, questionId, text),
    'collections:state': ({ ids }) => collectionState(s, ids),
    'collections:withdrawn': () => withdrawnCounts(s),
  };
}
