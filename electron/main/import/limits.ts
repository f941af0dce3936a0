/** The largest file read for import: 50 MB. Bigger files are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The most sheet rows or text lines read from one file; 10,000 items fit many times over. */
export const MAX_IMPORT_ROWS = 50_000;
