import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { CLASS_CODE_ALPHABET } from '@shared/centre/contract';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** A teacher's password as stored: `scrypt$N$r$p$salt$hash` (node:crypto's scrypt, random 16-byte salt). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether `password` matches a stored hash, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [tag, n, r, p, salt, hash] = stored.split('$');
  if (tag !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  const want = Buffer.from(hash, 'base64');
  return key.length === want.length && timingSafeEqual(key, want);
}

/** A bearer token or session id: 32 random bytes, URL-safe. Only its sha256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A code of `length` characters from the look-alike-free alphabet (班级码: 6, 个人码: 8). */
export function newCode(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)];
  return s;
}
