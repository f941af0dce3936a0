import type { CardState } from '@core/srs/cardState';
import { DAY, daysUntilDate } from '@core/srs/calendar';
import { median } from '@core/srs/grade';
import { buildTodayQueue, forecast } from '@core/srs/queue';
import { dailyNewQuota } from '@core/srs/quota';
import type { PublicQuestion, TodayPlan } from '@shared/ipc/contract';
import type { Services } from './services';
import { todayBanksOf, todayKeyOf } from '../import/todayBanks';
import { learnerItems, type LearnerItem } from './learnerItems';
import { objectiveItem, toPublic } from './practice';

/** The learner's items, imported ones (and the class's banks) only from the banks the learner switched into 今日学习. */
function todayItems(s: Services): readonly LearnerItem[] {
  const all = learnerItems(s);
  if (!s.learnerId || !all.some((i) => 'imported' in i.item)) return all;
  const on = todayBanksOf(s.learnerDir(s.learnerId));
  return all.filter((i) => !('imported' in i.item) || on.has(todayKeyOf(i.item.imported.bank)));
}

/** Seconds per item assumed until the learner has answered enough to know their own pace. */
const DEFAULT_SECONDS_PER_ITEM = 60;

function today(s: Services, extraNew = 0) {
  const now = s.config.now();
  const items = todayItems(s);
  const questions = s.answers.model().questions;
  const startOfToday = s.day.startOf(now);
  // One lookup per item: the queue builder reads the cards by position.
  const cards = items.map(({ id }) => questions.get(id)?.card);
  const cardOf = (id: string) => questions.get(id)?.card;
  let introducedToday = 0;
  let unintroduced = 0;
  for (const card of cards) {
    if (!card || card.phase === 'new') unintroduced++;
    else if (card.reps === 1 && card.lastReview !== null && card.lastReview >= startOfToday) introducedToday++;
  }
  const settings = s.settings.get();
  const quota = dailyNewQuota({
    unintroduced: unintroduced + introducedToday,
    now,
    day: s.day,
    examDate: settings.examDate,
    override: settings.dailyNewOverride,
  });
  const queue = buildTodayQueue({
    items,
    cardOf: (_id, i) => cards[i],
    now,
    endOfToday: startOfToday + DAY - 1,
    newLeftToday: Math.max(0, quota.perDay - introducedToday) + extraNew,
    scheduler: s.scheduler,
  });
  return { now, items, cardOf, quota, queue, introducedToday, unintroduced, startOfToday };
}

/** 今日学习 at a glance: how many reviews are due, how many new items today, and about how long it takes. */
export function todayPlan(s: Services): TodayPlan {
  const t = today(s);
  const times = [...s.answers.model().times.single, ...s.answers.model().times.multiple];
  const perItemMs = median(times) ?? DEFAULT_SECONDS_PER_ITEM * 1000;
  const n = t.queue.reviews.length + t.queue.fresh.length;
  const examDate = s.settings.get().examDate;
  return {
    level: s.settings.get().level,
    dueCount: t.queue.reviews.length,
    // 新题 are items never answered anywhere; items met only in free practice get their first review here too.
    newToday: t.queue.fresh.filter((id) => !s.answers.model().questions.has(id)).length,
    practisedToday: t.queue.fresh.filter((id) => s.answers.model().questions.has(id)).length,
    introducedToday: t.introducedToday,
    unintroduced: t.unintroduced,
    quota: t.quota,
    estMinutes: n === 0 ? 0 : Math.max(1, Math.ceil((n * perItemMs) / 60_000)),
    daysToExam: examDate ? daysUntilDate(s.day, t.now, examDate) : null,
  };
}

/** Today's session: due reviews first (lowest predicted recall first), then today's new items across chapters. */
export function startToday(s: Services, extraNew = 0): { questions: PublicQuestion[] } {
  const t = today(s, extraNew);
  return { questions: [...t.queue.reviews, ...t.queue.fresh].map((id) => toPublic(objectiveItem(s, id))) };
}

/** Reviews due on each of the next 30 days (day 0 includes overdue cards). */
export function todayForecast(s: Services): { days: { date: string; count: number }[] } {
  const t = today(s);
  return {
    days: forecast(cardsOf(t.items, t.cardOf), t.startOfToday, 30).map((count, i) => ({
      date: s.day.key(t.startOfToday + i * DAY),
      count,
    })),
  };
}

function* cardsOf(items: readonly { id: string }[], cardOf: (id: string) => CardState | null | undefined): Generator<CardState> {
  for (const { id } of items) {
    const c = cardOf(id);
    if (c) yield c;
  }
}
