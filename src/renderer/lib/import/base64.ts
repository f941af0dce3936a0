/** Bytes to base64 in chunks (a file of many MB would overflow one String.fromCharCode call). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * The same, a few MB at a time with a pause between (so the screen, its progress bar and 取消 stay responsive on a
 * file of tens of MB); `stop` is asked between pieces and ends the work early (returns null).
 */
export async function bytesToBase64InPieces(bytes: Uint8Array, stop: () => boolean, piece = 3 * 1024 * 1024): Promise<string | null> {
  // A piece of a multiple of 3 bytes encodes without padding, so the pieces' base64 join into the whole's.
  const size = Math.max(3, piece - (piece % 3));
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    if (stop()) return null;
    parts.push(bytesToBase64(bytes.subarray(i, i + size)));
    await new Promise((r) => setTimeout(r, 0));
  }
  return stop() ? null : parts.join('');
}
