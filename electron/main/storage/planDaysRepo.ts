import { join } from 'node:path';
import { z } from 'zod';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 1;

const PlanDay = z.object({
  /** The learner's local day (YYYY-MM-DD). */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When that day's plan was first seen while connected to a centre. */
  openAt: z.number().int().nonnegative(),
  /** When it was first seen with nothing left; null while it is not finished. */
  keptAt: z.number().int().nonnegative().nullable(),
});
export type PlanDay = z.infer<typeof PlanDay>;
const PlanDaysDoc = z.object({ version: z.literal(VERSION), days: z.array(PlanDay) });
type PlanDaysDoc = z.infer<typeof PlanDaysDoc>;
export const PLAN_DAYS_FILE = 'centre-plan-days.json';

export interface PlanDaysRepo {
  all(): readonly PlanDay[];
  /**
   * Notes that `day`'s plan was seen at `at`, finished or not. The first sighting opens the day, the first finished
   * one keeps it; a day once kept stays kept. Writes only when something changed; true when it did.
   */
  note(day: string, kept: boolean, at: number): Promise<boolean>;
  notice: string | null;
}

/**
 * The days of today's plan a learner's PC reports to their centre (`<learner folder>/centre-plan-days.json`, one
 * entry per day). Opening writes nothing: the file appears with the first note, which only a connected learner makes.
 */
export async function openPlanDaysRepo(learnerDir: string, health: StorageHealth): Promise<PlanDaysRepo> {
  const { db, notice } = await openDocument<PlanDaysDoc>({
    file: join(learnerDir, PLAN_DAYS_FILE),
    schema: PlanDaysDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, days: [] }),
  });
  return {
    notice,
    all: () => db.data.days,
    async note(day, kept, at) {
      const known = db.data.days.find((d) => d.day === day);
      if (known && (known.keptAt !== null || !kept)) return false;
      const next = known ? { ...known, keptAt: at } : { day, openAt: at, keptAt: kept ? at : null };
      const days = [...db.data.days.filter((d) => d.day !== day), next].sort((a, b) => a.day.localeCompare(b.day));
      await persist<PlanDaysDoc>(db, { version: VERSION, days }, health, PLAN_DAYS_FILE);
      return true;
    },
  };
}
