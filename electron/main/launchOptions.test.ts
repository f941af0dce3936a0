import { describe, expect, it } from 'vitest';
import { centreBanksDirOf, dataDirOf, flagValue } from './launchOptions';

describe('launch options (one parser for Electron and the browser runtime)', () => {
  it('reads --name=value and --name value, and not a following flag as a value', () => {
    expect(flagValue(['--centre-banks=/a'], 'centre-banks')).toBe('/a');
    expect(flagValue(['--centre-banks', '/b'], 'centre-banks')).toBe('/b');
    expect(flagValue(['--centre-banks', '--portable'], 'centre-banks')).toBeUndefined();
    expect(flagValue([], 'centre-banks')).toBeUndefined();
  });
  it('takes the centre-bank folder from the flag before SGL_CENTRE_BANKS', () => {
    expect(centreBanksDirOf({ argv: ['--centre-banks=/flag'], env: { SGL_CENTRE_BANKS: '/env' } })).toBe('/flag');
    expect(centreBanksDirOf({ argv: [], env: { SGL_CENTRE_BANKS: '/env' } })).toBe('/env');
    expect(centreBanksDirOf({ argv: [], env: { SGL_CENTRE_BANKS: '' } })).toBeUndefined();
  });
  it('takes the data folder from --data-dir (Electron) or --data (browser runtime) before SGL_DATA_DIR', () => {
    expect(dataDirOf({ argv: ['--data-dir=/d'], env: { SGL_DATA_DIR: '/e' } })).toEqual({ dir: '/d', source: 'flag' });
    expect(dataDirOf({ argv: ['--data', '/w'], env: {} })).toEqual({ dir: '/w', source: 'flag' });
    expect(dataDirOf({ argv: [], env: { SGL_DATA_DIR: '/e' } })).toEqual({ dir: '/e', source: 'env' });
    expect(dataDirOf({ argv: [], env: {} })).toBeUndefined();
  });
});
