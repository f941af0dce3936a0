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
 * Parses JSON lines from the file's bytes. `validate` returns the typed record or undefined when a line is invalid;
 * `decode` turns bytes into text (UTF-8). Every offset is taken on the bytes themselves: an invalid byte decodes to
 * a replacement character of another length, so measuring decoded text would cut the file at the wrong place. A
 * newline byte (0x0A) never occurs inside a UTF-8 sequence, so the lines of the decoded text are the byte lines.
 */
export function parseJsonLines<T>(
  bytes: Uint8Array,
  validate: (value: unknown) => T | undefined,
  decode: (bytes: Uint8Array) => string,
): ParsedLines<T> {
  const records: T[] = [];
  const badLines: number[] = [];
  const lastNewline = bytes.lastIndexOf(0x0a);
  if (lastNewline >= 0) {
    decode(bytes.subarray(0, lastNewline))
      .split('\n')
      .forEach((line, i) => {
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
  const tornAt = lastNewline + 1 < bytes.length ? lastNewline + 1 : null;
  return { records, badLines, tornAt };
}
