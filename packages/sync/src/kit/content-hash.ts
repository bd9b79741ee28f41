import { hash } from 'node:crypto';
import type { Row } from './conversion';

/**
 * Columns that change with every fetch, not with the record: they must not make an unchanged record
 * look changed (the same record on another page has another raw page).
 */
const VOLATILE = new Set(['fetched_at', 'updated_at', 'content_hash', 'raw_page_id']);

/** The sorted content columns of one shape of row, and the JSON text of their names. */
interface Shape {
  columns: string[];
  /** `[["col",…],` — the hashed text up to the values. */
  prefix: string;
}

// Rows of one converter share their columns: the sorted content columns are computed once per shape.
const shapes = new Map<string, Shape>();
// Consecutive rows mostly share one shape: comparing the keys is cheaper than naming the shape.
let last: { keys: string[]; shape: Shape } | null = null;

const sameKeys = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

function shapeOf(row: Row): Shape {
  const keys = Object.keys(row);
  if (last && sameKeys(last.keys, keys)) return last.shape;
  const name = keys.join(',');
  let shape = shapes.get(name);
  if (!shape) {
    const columns = keys.filter((k) => !VOLATILE.has(k)).sort();
    shape = { columns, prefix: `[${JSON.stringify(columns)},` };
    shapes.set(name, shape);
  }
  last = { keys, shape };
  return shape;
}

/**
 * sha256 (hex) of `JSON.stringify([columns, values])` over the row's content columns in a fixed
 * order: equal content, equal hash. The names' part is serialised once per shape.
 */
export function contentHash(row: Row): string {
  const { columns, prefix } = shapeOf(row);
  const values = new Array<Row[string]>(columns.length);
  for (let i = 0; i < columns.length; i += 1) values[i] = row[columns[i] ?? ''] ?? null;
  return hash('sha256', `${prefix}${JSON.stringify(values)}]`, 'hex');
}

/**
 * SQL for the hash of a record withdrawn here (not by an upstream `D`): it must differ from every
 * converted row's hash, so that the same record published again is written and comes back into view.
 */
export const WITHDRAWN_HASH = `'withdrawn:' || content_hash`;
