import { hash } from 'node:crypto';
import type { Row } from './conversion';
import { sameKeys } from './same-keys';

/**
 * Columns that change with every fetch, not with the record: they must not make an unchanged record
 * look changed (the same record on another page has another raw page).
 */
const VOLATILE = new Set(['fetched_at', 'updated_at', 'content_hash', 'raw_page_id']);

/** One shape of row (its keys, in order): where its content columns are and the text of their names. */
interface Shape {
  keys: string[];
  /** For each content column, in hashed (sorted) order, its position among the row's values. */
  positions: number[];
  /** `[["col",…],` in UTF-8: the hashed bytes up to the values. */
  prefix: Buffer;
}

// Rows of one converter share their columns: the sorted content columns are computed once per shape.
const shapes = new Map<string, Shape>();
// Consecutive rows mostly share one shape: comparing the keys is cheaper than naming the shape.
let last: Shape | null = null;

function newShape(keys: string[]): Shape {
  const columns = keys.filter((k) => !VOLATILE.has(k)).sort();
  const positions = columns.map((c) => keys.indexOf(c));
  return { keys, positions, prefix: Buffer.from(`[${JSON.stringify(columns)},`) };
}

function shapeOf(row: Row): Shape {
  const keys = Object.keys(row);
  if (last && sameKeys(last.keys, keys)) return last;
  const name = JSON.stringify(keys);
  let shape = shapes.get(name);
  if (!shape) {
    shape = newShape(keys);
    shapes.set(name, shape);
  }
  last = shape;
  return shape;
}

/** The content values of a row, in hashed order; missing ones null. */
function contentValues(row: Row, positions: readonly number[]): Row[string][] {
  // Object.values follows the key order the shape was taken from: picking by position beats lookup by name.
  const inKeyOrder = Object.values(row);
  const values = new Array<Row[string]>(positions.length);
  for (let i = 0; i < positions.length; i += 1) values[i] = inKeyOrder[positions[i] ?? -1] ?? null;
  return values;
}

// Where the hashed text is assembled, as UTF-8, for every row but an outsized one (no joined string).
const scratch = Buffer.allocUnsafe(64 * 1024);

/** sha256 (hex) of the prefix, the values' JSON and a closing `]`. */
function sha256Hex(prefix: Buffer, valuesJson: string): string {
  // A UTF-16 unit never takes more than 3 bytes of UTF-8.
  const size = prefix.length + valuesJson.length * 3 + 1;
  const bytes = size <= scratch.length ? scratch : Buffer.allocUnsafe(size);
  prefix.copy(bytes);
  const end = prefix.length + bytes.write(valuesJson, prefix.length);
  bytes[end] = 0x5d; // ]
  return hash('sha256', bytes.subarray(0, end + 1), 'hex');
}

/**
 * sha256 (hex) of `JSON.stringify([columns, values])` over the row's content columns in a fixed
 * order: equal content, equal hash. The names' part is serialised once per shape.
 */
export function contentHash(row: Row): string {
  const { positions, prefix } = shapeOf(row);
  return sha256Hex(prefix, JSON.stringify(contentValues(row, positions)));
}

/**
 * SQL for the hash of a record withdrawn here (not by an upstream `D`): it must differ from every
 * converted row's hash, so that the same record published again is written and comes back into view.
 */
export const WITHDRAWN_HASH = `'withdrawn:' || content_hash`;
