import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronProfileDir, resolveDataLocation } from './dataLocation';

const base = { exeDir: '/opt/shegonglu', argv: [], env: {}, userData: '/home/li/.config/shegonglu', exists: () => false };

describe('where learner data lives', () => {
  it('defaults to the OS user-data folder', () => {
    expect(resolveDataLocation(base)).toEqual({ dir: base.userData, source: 'user-data' });
  });
  it('is beside the app when a `portable` marker file is there', () => {
    const exists = (p: string) => p === join('/opt/shegonglu', 'portable');
    expect(resolveDataLocation({ ...base, exists })).toEqual({
      dir: join('/opt/shegonglu', 'data'),
      source: 'portable-marker',
    });
  });
  it('uses the folder a Windows portable .exe was started from, not its temp unpack folder', () => {
    const exists = (p: string) => p === join('E:/社工路', 'portable');
    const r = resolveDataLocation({ ...base, exeDir: 'C:/Temp/xyz', env: { PORTABLE_EXECUTABLE_DIR: 'E:/社工路' }, exists });
    expect(r).toMatchObject({ dir: join('E:/社工路', 'data'), source: 'portable-marker' });
  });
  it('honours --portable, and an explicit folder (flag first, then environment) over everything', () => {
    expect(resolveDataLocation({ ...base, argv: ['--portable'] })).toMatchObject({
      dir: join('/opt/shegonglu', 'data'),
      source: 'portable-flag',
    });
    expect(resolveDataLocation({ ...base, env: { SGL_DATA_DIR: '/srv/sgl' }, argv: ['--portable'] })).toMatchObject({
      dir: '/srv/sgl',
      source: 'env',
    });
    expect(resolveDataLocation({ ...base, env: { SGL_DATA_DIR: '/srv/sgl' }, argv: ['--data-dir=/mnt/usb/sgl'] })).toMatchObject({
      dir: '/mnt/usb/sgl',
      source: 'flag',
    });
  });
  it('finds the marker beside an AppImage (not in its read-only mount), and as portable.txt', () => {
    const exists = (p: string) => p === join('/media/usb', 'portable.txt');
    const r = resolveDataLocation({ ...base, exeDir: '/tmp/.mount_sgl123', env: { APPIMAGE: '/media/usb/shegonglu.AppImage' }, exists });
    expect(r).toEqual({ dir: join('/media/usb', 'data'), source: 'portable-marker' });
  });
  it('keeps Electron’s own profile inside a chosen data folder, and leaves the default alone', () => {
    expect(electronProfileDir(resolveDataLocation(base))).toBeNull();
    expect(electronProfileDir(resolveDataLocation({ ...base, argv: ['--portable'] }))).toBe(
      join('/opt/shegonglu', 'data', 'electron-profile'),
    );
  });
});
