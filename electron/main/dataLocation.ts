import { dirname, join } from 'node:path';
import { dataDirOf } from './launchOptions';

const PORTABLE_MARKERS = ['portable', 'portable.txt'];

export interface DataLocationInput {
  /** Folder of the app's executable (for a portable .exe: the folder it was started from). */
  exeDir: string;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's per-user data folder. */
  userData: string;
  exists: (path: string) => boolean;
}

export interface DataLocation {
  dir: string;
  /** Why this folder: shown in 设置 so a lab administrator can check. */
  source: 'flag' | 'env' | 'portable-marker' | 'portable-flag' | 'user-data';
}

/**
 * Electron's own profile (Chromium caches, the single-instance lock) for a data folder chosen by flag, environment or
 * portable mode: inside that folder, so a USB copy leaves nothing on the lab PC and runs beside an installed copy that
 * uses another folder. Null for the OS user-data folder (Electron's default already).
 */
export function electronProfileDir(location: DataLocation): string | null {
  return location.source === 'user-data' ? null : join(location.dir, 'electron-profile');
}

/**
 * Where learner data lives. In order: `--data-dir=<dir>`; `SGL_DATA_DIR`; portable mode — a file named `portable`
 * beside the executable, or `--portable` — puts it in `data/` beside the app (USB sticks, locked-down lab PCs);
 * otherwise the OS user-data folder.
 */
export function resolveDataLocation(i: DataLocationInput): DataLocation {
  const given = dataDirOf(i);
  if (given) return { dir: given.dir, source: given.source };
  // The Windows portable .exe unpacks to a temp folder and an AppImage runs from a read-only mount: their launchers
  // say where the file itself is.
  const appImage = i.env['APPIMAGE'];
  const home = i.env['PORTABLE_EXECUTABLE_DIR'] ?? (appImage ? dirname(appImage) : i.exeDir);
  // `portable.txt` too: Windows Explorer hides the extension of the text file people make for the marker.
  if (PORTABLE_MARKERS.some((m) => i.exists(join(home, m)))) return { dir: join(home, 'data'), source: 'portable-marker' };
  if (i.argv.includes('--portable')) return { dir: join(home, 'data'), source: 'portable-flag' };
  return { dir: i.userData, source: 'user-data' };
}
