import { z } from 'zod';
import { BackupKind } from '../../formats';
import { Empty, type ContractPart } from './common';

export const BackupInfo = z.object({
  id: z.string(),
  kind: BackupKind,
  createdAt: z.number(),
  files: z.number(),
  bytes: z.number(),
});

export type BackupInfo = z.infer<typeof BackupInfo>;

/** The `backup:…` channels. */
export const backupContract = {
  'backup:list': { args: Empty, result: z.array(BackupInfo) },
  'backup:create': { args: Empty, result: BackupInfo },
  'backup:restore': { args: z.object({ id: z.string().regex(/^[0-9_a-z-]{1,64}$/) }), result: z.object({ notices: z.array(z.string()) }) },
} satisfies ContractPart<'backup'>;
