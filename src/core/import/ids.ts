import type { SubjectId } from '@shared/bank/schema';
import { comparable } from './normalise';

// cyrb53 (a public-domain 53-bit string hash), run twice with different seeds for 106 bits. Pure, no Node crypto.
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A stable id from an item's content (its stem and option texts, normalised), so importing the same file twice adds
 * nothing twice. Prefixed `imp-<subject>-`: shipped ids start with the chapter (`jc25-…`), so the two never collide.
 */
export function importedItemId(subject: SubjectId, stem: string, optionTexts: readonly string[]): string {
  const content = [comparable(stem), ...optionTexts.map(comparable)].join('\u0001');
  const a = cyrb53(content, 1).toString(36).padStart(11, '0');
  const b = cyrb53(content, 2).toString(36).padStart(11, '0');
  return `imp-${subject}-${a}${b}`;
}

/** True for ids made by importedItemId. */
export const isImportedId = (id: string): boolean => /^imp-[a-z]{2}-[0-9a-z]{22}$/.test(id);
