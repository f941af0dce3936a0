import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { BackupKind } from '@shared/formats';
import { AppError } from '@shared/errors';
import type { LocalDay } from '@core/srs/calendar';
import { fsyncDir } from './fsyncDir';

/** Candidate copies of one learner file in the backups, newest first. */
export type BackupSource = (relativeFile: string) => Promise<{ file: string; label: string }[]>;

/** One backup folder as storage knows it (the IPC contract's BackupInfo has the same shape). */
export interface Backup {
  id: string;
  kind: BackupKind;
  createdAt: number;
  files: number;
  bytes: number;
}

const Meta = z.object({ createdAt: z.number(), kind: BackupKind });
const KEEP = { daily: 7, manual: 7, 'before-restore': 3 } as const;
const ID = new RegExp(`^\\d{4}-\\d{2}-\\d{2}_\\d{6}_(${BackupKind.options.join('|')})$`);
/** Not copied into backups: set-aside damaged files, and temp files of atomic writes in progress. */
const SKIP = /(\.(damaged|torn)-\d+|\.json\.\d+)$/;

const p2 = (n: number) => String(n).padStart(2, '0');

/** The backup's id and day, in the learner's local time (the same LocalDay as every other "which day" question). */
function localStamp(day: LocalDay, at: number): { day: string; id: string } {
  const { h, m, s } = day.clock(at);
  const key = day.key(at);
  return { day: key, id: `${key}_${p2(h)}${p2(m)}${p2(s)}` };
}

/** 2026年12月2日 20:05, as the learner reads when a file is recovered from a backup. */
export function backupLabel(day: LocalDay, info: Pick<Backup, 'createdAt'>): string {
  const [y, mo, d] = day.key(info.createdAt).split('-').map(Number);
  const { h, m } = day.clock(info.createdAt);
  return `${y}年${mo}月${d}日 ${p2(h)}:${p2(m)}`;
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name === 'backup.json') continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

/**
 * Rolling copies of one learner's folder under `backups/<learner>/<id>/`: one per day (7 kept), made on demand
 * (7 kept), and the state replaced by a restore (3 kept). A copy is written to `<id>.partial` and renamed when
 * complete, so a half-made backup is never mistaken for a good one.
 */
export class Backups {
  constructor(
    readonly dir: string,
    readonly learnerDir: string,
    private readonly now: () => number,
    private readonly day: LocalDay,
  ) {}

  async list(): Promise<Backup[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: Backup[] = [];
    for (const id of names.filter((n) => ID.test(n))) {
      try {
        const meta = Meta.parse(JSON.parse(await readFile(join(this.dir, id, 'backup.json'), 'utf8')));
        out.push({ id, ...meta, ...(await folderSize(join(this.dir, id))) });
      } catch {
        // A folder without readable metadata is not offered for restore.
      }
    }
    return out.sort((a, b) => b.id.localeCompare(a.id));
  }

  async create(kind: 'daily' | 'manual'): Promise<Backup> {
    const createdAt = this.now();
    const id = `${localStamp(this.day, createdAt).id}_${kind}`;
    const partial = join(this.dir, `${id}.partial`);
    await mkdir(this.dir, { recursive: true });
    await rm(partial, { recursive: true, force: true });
    await cp(this.learnerDir, partial, { recursive: true, filter: (src) => !SKIP.test(src) });
    await writeFile(join(partial, 'backup.json'), JSON.stringify({ createdAt, kind }));
    const target = join(this.dir, id);
    // Same second as an existing backup (e.g. refreshing today's at once): replace it only once the new copy is whole.
    const replaced = `${target}.old`;
    const hadOld = await rename(target, replaced).then(
      () => true,
      () => false,
    );
    await rename(partial, target);
    if (hadOld) await rm(replaced, { recursive: true, force: true });
    await fsyncDir(this.dir);
    await this.prune();
    return { id, createdAt, kind, ...(await folderSize(target)) };
  }

  /** Makes today's daily backup unless there is one already. */
  async ensureDaily(): Promise<Backup | null> {
    const today = localStamp(this.day, this.now()).day;
    const list = await this.list();
    if (list.some((b) => b.kind === 'daily' && b.id.startsWith(today))) return null;
    return this.create('daily');
  }

  /**
   * Replaces today's daily backup with the current state (called when the app closes), so the newest backup holds
   * the end of the last session rather than its start.
   */
  async refreshToday(): Promise<void> {
    const today = localStamp(this.day, this.now()).day;
    const earlier = (await this.list()).filter((b) => b.kind === 'daily' && b.id.startsWith(today));
    const fresh = await this.create('daily');
    for (const old of earlier) {
      if (old.id !== fresh.id) await rm(join(this.dir, old.id), { recursive: true, force: true });
    }
  }

  async prune(): Promise<void> {
    const list = await this.list();
    for (const kind of Object.keys(KEEP) as (keyof typeof KEEP)[]) {
      for (const old of list.filter((b) => b.kind === kind).slice(KEEP[kind])) {
        await rm(join(this.dir, old.id), { recursive: true, force: true });
      }
    }
  }

  /**
   * Copies of `relativeFile` in the backups, newest first — for recovering a damaged document or log. Copies kept
   * aside by a restore are not used: they hold what the learner chose to go back from.
   */
  readonly source: BackupSource = async (relativeFile) => {
    const out: { file: string; label: string }[] = [];
    for (const b of await this.list()) {
      if (b.kind === 'before-restore') continue;
      const file = join(this.dir, b.id, relativeFile);
      if (
        await stat(file).then(
          () => true,
          () => false,
        )
      )
        out.push({ file, label: backupLabel(this.day, b) });
    }
    return out;
  };

  /**
   * Replaces the learner's folder with a backup. The current folder is not deleted: it becomes a `before-restore`
   * backup, so a restore can itself be undone. The caller must close open files first and reopen afterwards.
   */
  async restore(id: string): Promise<void> {
    const chosen = (await this.list()).find((b) => b.id === id);
    if (!chosen) throw new AppError('NOT_FOUND', '没有找到这个备份，可能已被清理。请刷新列表后重试。');
    const createdAt = this.now();
    const keepId = `${localStamp(this.day, createdAt).id}_before-restore`;
    // Copy first, beside the learner folder: if the disk fills up during the copy, the records stay as they were.
    const staging = `${this.learnerDir}.restoring`;
    await rm(staging, { recursive: true, force: true });
    try {
      await cp(join(this.dir, id), staging, { recursive: true, filter: (src) => !src.endsWith('backup.json') });
    } catch (e) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      throw e;
    }
    // Then two renames: the current records become a backup of their own, the copy takes their place.
    await rename(this.learnerDir, join(this.dir, keepId));
    try {
      await rename(staging, this.learnerDir);
    } catch (e) {
      await rename(join(this.dir, keepId), this.learnerDir).catch(() => {});
      throw e;
    }
    await writeFile(join(this.dir, keepId, 'backup.json'), JSON.stringify({ createdAt, kind: 'before-restore' }));
    await fsyncDir(this.dir);
    await fsyncDir(dirname(this.learnerDir));
    await this.prune();
  }
}
