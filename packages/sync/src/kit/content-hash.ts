import { createHash } from 'node:crypto';
import type { Row } from './conversion';

/**
 * Columns that change with every fetch, not with the record: they must not make an unchanged record
 * look changed (the same record on another page has another raw page).
 */
const VOLATILE = new Set(['fetched_at', 'updated_at', 'content_hash', 'raw_page_id']);

/** sha256 over the row's content columns in a fixed order: equal content, equal hash. */
export function contentHash(row: Row): string {
  const keys = Object.keys(row).filter((k) => !VOLATILE.has(k)).sort();
  const hash = createHash('sha256');
  for (const k of keys) hash.update(`${k}\u0000${JSON.stringify(row[k])}\u0001`);
  return hash.digest('hex');
}

/**
 * SQL for the hash of a record withdrawn here (not by an upstream `D`): it must differ from every
 * converted row's hash, so that the same record published again is written and comes back into view.
 */
export const WITHDRAWN_HASH = `'withdrawn:' || content_hash`;
