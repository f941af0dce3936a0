import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test/support/repoRoot';

// The installers cannot be built here (electron-builder downloads Electron at build time); this checks the config.
const root = repoRoot;
const config = JSON.parse(readFileSync(resolve(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it('names the app in Chinese with a stable app id and an icon', () => {
    expect(config.appId).toBe('org.shegonglu.app');
    expect(config.productName).toBe('社工路');
    expect(readFileSync(resolve(root, config.icon)).subarray(1, 4).toString()).toBe('PNG');
  });
  it('ships the built app and the question banks', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.extraResources).toContainEqual({ from: 'questions', to: 'questions', filter: ['**/*.json'] });
    expect(pkg.main).toBe('./out/main/index.js');
  });
  it('builds a per-machine NSIS installer (silent with /S) and a portable .exe for Windows', () => {
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
  });
  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
  it('has build commands pinned to one electron-builder version', () => {
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder@\d+\.\d+\.\d+ --win/);
    expect(pkg.scripts['dist:linux']).toMatch(/electron-builder@\d+\.\d+\.\d+ --linux/);
  });
  it('uses only file-name macros electron-builder knows (an unknown one, like ${target}, fails the build)', () => {
    const known = new Set(['arch', 'os', 'platform', 'name', 'productName', 'version', 'channel', 'ext']);
    const names: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'artifactName') names.push(String(x));
          else walk(x);
        }
      }
    };
    walk(config);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const n of names) {
      for (const [, macro] of n.matchAll(/\$\{([^}]+)\}/g))
        expect(known.has(macro!) || macro!.startsWith('env.'), `${macro} in ${n}`).toBe(true);
    }
    // Each Windows artifact gets its own name.
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName);
  });
});
