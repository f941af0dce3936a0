import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

/** A salted scrypt hash of a PIN, with when it was set (what an administrator PIN may reset depends on it). */
export interface PinHash {
  salt: string;
  hash: string;
  /** When this PIN was set (epoch ms); missing on PINs stored before it was recorded. */
  setAt?: number;
}

export async function hashPin(pin: string, setAt?: number, salt = randomBytes(16)): Promise<PinHash> {
  const hash = (await scrypt(pin, salt, 32)).toString('hex');
  return setAt === undefined ? { salt: salt.toString('hex'), hash } : { salt: salt.toString('hex'), hash, setAt };
}

export async function pinMatches(pin: string, stored: Pick<PinHash, 'salt' | 'hash'>): Promise<boolean> {
  const { hash } = await hashPin(pin, undefined, Buffer.from(stored.salt, 'hex'));
  return timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(stored.hash, 'hex'));
}
