import { z } from 'zod';
import { AdminPin, Empty, type ContractPart } from './common';

/** A centre assignment as the app shows it. */
export const SyncAssignment = z.object({
  id: z.number().int(),
  kind: z.enum(['practice', 'mock']),
  title: z.string(),
  target: z.string(),
  dueDay: z.string(),
  /** The centre has counted it as done by this learner. */
  done: z.boolean(),
});

/** The open learner's link to a training centre (设置 → 连接培训机构) and how far sync has come. */
export const SyncStatus = z.object({
  connected: z.boolean(),
  centreUrl: z.string().nullable(),
  className: z.string().nullable(),
  learnerName: z.string().nullable(),
  /** Shown so the learner can join the same record from a second PC. */
  personalCode: z.string().nullable(),
  /** synced: nothing waiting; pending: records wait to be sent; offline: the centre could not be reached; revoked: the centre refused this PC. */
  state: z.enum(['off', 'synced', 'pending', 'offline', 'revoked']),
  pending: z.number().int().nonnegative(),
  lastSyncAt: z.number().nullable(),
  /** What went wrong last, in Chinese, or null. */
  message: z.string().nullable(),
  assignments: z.array(SyncAssignment),
  /** The pinned certificate's fingerprint (HTTPS), to compare with the teacher's page; null for plain HTTP. */
  fingerprint: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** How one learner profile of this PC fared in 为本机所有学员连接培训机构. */
export const EnrolAllOutcome = z.object({
  profileId: z.string(),
  name: z.string(),
  /** connected: enrolled now; already: was connected before and left alone; failed: not connected (see message). */
  outcome: z.enum(['connected', 'already', 'failed']),
  /** Why it failed, in Chinese (what to do next), or null. */
  message: z.string().nullable(),
  /**
   * The class already has a learner of this name: if it is this learner, connected from another PC, the step can be
   * run again with their 个人码 (personalCodes).
   */
  needsPersonalCode: z.boolean(),
});
export type EnrolAllOutcome = z.infer<typeof EnrolAllOutcome>;
export const EnrolAllResult = z.object({
  /** The centre's class, or null when no learner needed connecting (the centre was not asked). */
  className: z.string().nullable(),
  results: z.array(EnrolAllOutcome),
});
export type EnrolAllResult = z.infer<typeof EnrolAllResult>;

/** The `sync:…` channels. */
export const syncContract = {
  'sync:status': { args: Empty, result: SyncStatus },
  'sync:connect': {
    args: z.object({
      centreUrl: z.string().trim().min(1).max(200),
      code: z.string().trim().min(1).max(20),
      learnerName: z.string().trim().min(1).max(40),
      personalCode: z.string().trim().max(20).optional(),
      /** The learner ticked the consent box. */
      consent: z.literal(true),
    }),
    result: SyncStatus,
  },
  /** The administrator connects every learner of this PC not yet connected, in one step (administrator PIN required). */
  'sync:enrolAll': {
    args: z.object({
      centreUrl: z.string().trim().min(1).max(200),
      code: z.string().trim().min(1).max(20),
      adminPin: AdminPin.optional(),
      /** The administrator ticked that every learner of this PC agreed. */
      consent: z.literal(true),
      /** Profile id → the 个人码 of a learner already in the class (connected from another PC). */
      personalCodes: z
        .record(z.string().max(64), z.string().trim().min(1).max(20))
        .refine((o) => Object.keys(o).length <= 200, '一次最多填写 200 个个人码')
        .optional(),
    }),
    result: EnrolAllResult,
  },
  'sync:now': { args: Empty, result: SyncStatus },
  'sync:disconnect': { args: z.object({ deleteOnCentre: z.boolean() }), result: SyncStatus },
} satisfies ContractPart<'sync'>;
