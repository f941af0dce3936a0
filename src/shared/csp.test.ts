import { describe, expect, it } from 'vitest';
import { CSP, cspMeta } from './csp';

describe('cspMeta', () => {
  it('writes the header policy as a meta tag, without the frame-ancestors a meta tag cannot carry', () => {
    const tag = cspMeta(CSP);
    const content = /content="([^"]*)"/.exec(tag)?.[1] ?? '';
    expect(tag.startsWith('<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(content).not.toContain('frame-ancestors');
    expect(`${content}; frame-ancestors 'none'`).toBe(CSP);
  });
});
