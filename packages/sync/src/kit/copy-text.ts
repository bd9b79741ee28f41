import type { Row } from './conversion';
import { sameKeys } from './same-keys';

type Value = Row[string] | undefined;

const SPECIAL = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value as one field of COPY's text format: backslash, newline, CR and tab escaped. */
function escapeField(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c] ?? c) : text;
}

/** A text array literal, every element quoted (so `NULL`, commas, braces and spaces stay text). */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * A number as Postgres prints the JSON number it used to receive (numeric, never exponent form):
 * `1e+21` → `1000000000000000000000`, `1.5e-7` → `0.00000015`.
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = match;
  const digits = lead + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point < digits.length) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

/**
 * One value as a COPY field, as `jsonb_populate_recordset` cast it before: null (or a number JSON
 * cannot carry) as `\N`, booleans as `true`/`false`, arrays as array literals, the rest as text.
 */
export function copyField(value: Value): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeField(value);
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(value) : '\\N';
  if (typeof value === 'boolean') return String(value);
  return escapeField(arrayLiteral(value));
}

/**
 * A row's values in `columns` order. The columns are usually the rows' own keys in their own order,
 * and then `Object.values` is that order: cheaper than looking every column up by name.
 */
function valuesOf(row: Row, columns: readonly string[]): Value[] {
  return sameKeys(Object.keys(row), columns) ? Object.values(row) : columns.map((c) => row[c]);
}

/** One row as a line of COPY's text format, fields in `columns` order. */
function copyLine(row: Row, columns: readonly string[]): string {
  const values = valuesOf(row, columns);
  let line = copyField(values[0]);
  for (let i = 1; i < values.length; i += 1) line += `\t${copyField(values[i])}`;
  return `${line}\n`;
}

/** Lines of COPY text as UTF-8 bytes, with where each line ends. */
export interface CopyLines {
  bytes: Buffer;
  /** The end offset in `bytes` of each line (its newline included). */
  ends: number[];
}

/**
 * Rows as lines of COPY text, fields in `columns` order, one buffer with each line's end. Each line
 * is encoded on its own (joining them into one string first costs double).
 */
export function copyLines(rows: readonly Row[], columns: readonly string[]): CopyLines {
  const lines = rows.map((row) => copyLine(row, columns));
  // A UTF-16 unit never takes more than 3 bytes of UTF-8.
  const bytes = Buffer.allocUnsafe(lines.reduce((n, line) => n + line.length * 3, 0));
  const ends: number[] = [];
  let end = 0;
  for (const line of lines) ends.push((end += bytes.write(line, end)));
  // A copy of just the bytes written: the rest of the allocation would live as long as the lines.
  return { bytes: Buffer.from(bytes.subarray(0, end)), ends };
}

/** Rows per chunk of COPY data: a few MB, however many rows one upsert writes. */
const CHUNK_ROWS = 1000;

/** Rows as the data of `COPY … FROM STDIN` (text format, UTF-8), in chunks of `CHUNK_ROWS` rows. */
export function* copyData(rows: readonly Row[], columns: readonly string[]): Generator<Buffer> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) yield copyLines(rows.slice(start, start + CHUNK_ROWS), columns).bytes;
}
