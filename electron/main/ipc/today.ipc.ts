import { collectionState, listFavourites, listMistakes, questionsById, setFavourite, setNote } from '../services/collections';
import type { Services } from '../services/createServices';
import { optimizeParams, srsStatus } from '../services/optimize';
import { startToday, todayForecast, todayPlan } from '../services/today';
import type { HandlerGroup } from './handlers';

export function todayHandlers(s: Services): HandlerGroup<'today:plan' | 'today:start' | 'today:forecast' | 'srs:status' | 'srs:optimize'> {
  return {
    'today:plan': () => todayPlan(s),
    'today:start': () => startToday(s),
    'today:forecast': () => todayForecast(s),
    'srs:status': () => srsStatus(s),
    'srs:optimize': () => optimizeParams(s),
  };
}

export function collectionHandlers(
  s: Services,
): HandlerGroup<'practice:questions' | 'mistakes:list' | 'collections:favourites' | 'collections:setFavourite' | 'collections:setNote' | 'collections:state'> {
  return {
    'practice:questions': ({ ids }) => questionsById(s, ids),
    'mistakes:list': (filter) => listMistakes(s, filter),
    'collections:favourites': () => listFavourites(s),
    'collections:setFavourite': ({ questionId, on }) => setFavourite(s, questionId, on),
    'collections:setNote': ({ questionId, text }) => setNote(s, questionId, text),
    'collections:state': ({ ids }) => collectionState(s, ids),
  };
}
