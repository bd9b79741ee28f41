import { createHash } from 'node:crypto';
import type { Row } from './conversion';

/**
 * Columns that change with every fetch, not with the record: they must not make an unchanged record
 * look changed (the same record on another page has another raw page).
 */
const VOLATILE = new Set(['fetched_at', 'updated_at', 'content_hash', 'raw_page_id']);

// Rows of one converter share their columns: the sorted content columns are computed once per shape.
const orderByShape = new Map<string, string[]>();

function contentColumns(row: Row): string[] {
  const shape = Object.keys(row).join(',');
  let order = orderByShape.get(shape);
  if (!order) {
    order = Object.keys(row).filter((k) => !VOLATILE.has(k)).sort();
    orderByShape.set(shape, order);
  }
  return order;
}

/** sha256 over the row's content columns, names and values, in a fixed order: equal content, equal hash. */
export function contentHash(row: Row): string {
  const columns = contentColumns(row);
  return createHash('sha256').update(JSON.stringify([columns, columns.map((k) => row[k] ?? null)])).digest('hex');
}

/**
 * SQL for the hash of a record withdrawn here (not by an upstream `D`): it must differ from every
 * converted row's hash, so that the same record published again is written and comes back into view.
 */
export const WITHDRAWN_HASH = `'withdrawn:' || content_hash`;
