import mammoth from 'mammoth';
import { decodeText } from './decodeText';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { readMsg } from './messages';
import { readCsv, readXlsx } from './readSheet';

export type ImportSource =
  | { kind: 'table'; rows: string[][]; sheet?: string; encoding?: string }
  | { kind: 'text'; text: string; encoding?: string }
  | { kind: 'json'; json: unknown };

export type ReadResult = { ok: true; source: ImportSource } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function textSource(text: string, encoding: string | undefined, maxRows: number): ReadResult {
  const lines = text.split('\n').length;
  if (lines > maxRows * 4) return { ok: false, message: readMsg.tooManyRows(lines, maxRows * 4) };
  if (!text.trim()) return { ok: false, message: readMsg.empty };
  return { ok: true, source: { kind: 'text', text, ...(encoding ? { encoding } : {}) } };
}

/**
 * Reads a file chosen for import into rows (sheets) or text (TXT, Word) or JSON (our bank format), by its extension,
 * checked against its first bytes. Never throws: damaged, empty, oversized, binary or garbled files come back as a
 * Chinese message. Reads only the bytes given; writes nothing.
 */
export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  limits: { maxBytes?: number; maxRows?: number } = {},
): Promise<ReadResult> {
  const maxBytes = limits.maxBytes ?? MAX_IMPORT_BYTES;
  const maxRows = limits.maxRows ?? MAX_IMPORT_ROWS;
  if (bytes.byteLength > maxBytes) return { ok: false, message: readMsg.tooBig(Math.ceil(bytes.byteLength / 1024 / 1024)) };
  if (bytes.byteLength === 0) return { ok: false, message: readMsg.empty };
  const ext = (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  try {
    switch (ext) {
      case 'xlsx':
      case 'xlsm': {
        if (startsWith(bytes, OLE)) return { ok: false, message: readMsg.oldXls };
        if (!startsWith(bytes, ZIP)) return { ok: false, message: readMsg.badXlsx };
        const r = await readXlsx(bytes, maxRows);
        return r.ok ? { ok: true, source: { kind: 'table', rows: r.rows, ...(r.sheet ? { sheet: r.sheet } : {}) } } : r;
      }
      case 'xls':
        return { ok: false, message: startsWith(bytes, ZIP) ? readMsg.badXlsx : readMsg.oldXls };
      case 'csv':
      case 'tsv': {
        const r = readCsv(bytes, maxRows);
        return r.ok ? { ok: true, source: { kind: 'table', rows: r.rows, ...(r.encoding ? { encoding: r.encoding } : {}) } } : r;
      }
      case 'txt':
      case 'text': {
        const d = decodeText(bytes);
        return d.ok ? textSource(d.text, d.encoding, maxRows) : d;
      }
      case 'docx': {
        if (!startsWith(bytes, ZIP)) return { ok: false, message: startsWith(bytes, OLE) ? readMsg.oldDoc : readMsg.badDocx };
        let text: string;
        try {
          text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
        } catch {
          return { ok: false, message: readMsg.badDocx };
        }
        return textSource(text, undefined, maxRows);
      }
      case 'doc':
        return { ok: false, message: readMsg.oldDoc };
      case 'json': {
        const d = decodeText(bytes);
        if (!d.ok) return d;
        try {
          return { ok: true, source: { kind: 'json', json: JSON.parse(d.text) as unknown } };
        } catch {
          return { ok: false, message: readMsg.badJson };
        }
      }
      default:
        return { ok: false, message: readMsg.unknownType(name) };
    }
  } catch {
    // A library failing in a way not caught above: still a message, never a crash.
    return { ok: false, message: ext === 'docx' ? readMsg.badDocx : ext === 'xlsx' ? readMsg.badXlsx : readMsg.binary };
  }
}
