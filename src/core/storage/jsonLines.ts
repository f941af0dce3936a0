/**
 * The review log's line format: one JSON value per line, each line ended by "\n". A crash can leave a last line
 * without its newline (torn); it is reported separately so the writer can set it aside before appending again.
 */
export interface ParsedLines<T> {
  records: T[];
  /** 1-based line numbers of complete lines that did not parse or validate. */
  badLines: number[];
  /** Byte offset where a torn (unterminated) last line starts, or null when the text ends cleanly. */
  tornAt: number | null;
}

export function serializeLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Parses JSON lines. `validate` returns the typed record or undefined when a line is invalid.
 * `bytesOf` measures a string in the file's encoding (UTF-8) so `tornAt` is a byte offset.
 */
export function parseJsonLines<T>(
  text: string,
  validate: (value: unknown) => T | undefined,
  bytesOf: (s: string) => number,
): ParsedLines<T> {
  const records: T[] = [];
  const badLines: number[] = [];
  const lastNewline = text.lastIndexOf('\n');
  const complete = lastNewline === -1 ? '' : text.slice(0, lastNewline);
  const tail = text.slice(lastNewline + 1);
  if (complete.length > 0 || lastNewline === 0) {
    complete.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        badLines.push(i + 1);
        return;
      }
      const record = validate(value);
      if (record === undefined) badLines.push(i + 1);
      else records.push(record);
    });
  }
  const tornAt = tail.length > 0 ? bytesOf(text.slice(0, lastNewline + 1)) : null;
  return { records, badLines, tornAt };
}
