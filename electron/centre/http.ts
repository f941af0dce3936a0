import ExcelJS from 'exceljs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { CentreError, M } from './errors';

/** Security headers on every answer: only the service's own script runs (nothing inline) and talks only to the service, nothing is framed, nothing is cached. */
const HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  // same-origin, not no-referrer: with no-referrer a form post carries `Origin: null` and the CSRF check refuses it.
  'Referrer-Policy': 'same-origin',
};

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

export const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

export const sendError = (res: ServerResponse, e: CentreError) => sendJson(res, e.status, { error: { code: e.code, message: e.message } });

export function redirect(res: ServerResponse, to: string, extra: Record<string, string> = {}): void {
  res.writeHead(303, { ...HEADERS, Location: to, ...extra });
  res.end();
}

/** The raw body, refused with 413 past `max` bytes (checked on Content-Length first, then while reading). */
export async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw new CentreError(413, 'TOO_LARGE', M.tooLarge(max));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new CentreError(413, 'TOO_LARGE', M.tooLarge(max));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A zod check of a parsed body, turned into a 400 that names the first wrong field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new CentreError(400, 'BAD_BODY', M.badBody(`${where}${issue?.message ?? '格式不对'}`));
}

export async function jsonBody<S extends z.ZodType>(req: IncomingMessage, max: number, schema: S): Promise<z.infer<S>> {
  const text = await readBody(req, max);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CentreError(400, 'NOT_JSON', M.notJson);
  }
  return parseWith(schema, raw);
}

export async function formBody<S extends z.ZodType>(req: IncomingMessage, max: number, schema: S): Promise<z.infer<S>> {
  return parseWith(schema, Object.fromEntries(new URLSearchParams(await readBody(req, max))));
}

export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization ?? '';
  return h.startsWith('Bearer ') ? h.slice('Bearer '.length).trim() || undefined : undefined;
}

/** CSV with a BOM (so Excel opens Chinese text right) and every field quoted; formula-leading cells are defused. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One sheet with a bold header row; text that looks like a formula stays text (cells are values, never formulas). */
export async function toXlsx(sheetName: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? '' : v)));
  ws.columns.forEach((c) => (c.width = 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
