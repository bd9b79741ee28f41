import type { Queryable } from '@keyfield/core';
import type { Row } from './conversion';
import { contentHash } from './content-hash';
import type { TableSpec } from './table';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  /** Natural keys (key columns joined by `|`) written, with whether each was new. */
  written: { key: string; inserted: boolean }[];
}

/** The natural key of a row as one string: its key columns' values joined by `|`. */
export function naturalKey(row: Row, key: string[]): string {
  return key.map((k) => String(row[k] ?? '')).join('|');
}

/** The last row per natural key: a batch may carry one record twice (a row repeated across pages). */
function lastPerKey(rows: Row[], key: string[]): Row[] {
  const byKey = new Map<string, Row>();
  const changedAt = (row: Row): number => Date.parse(String(row['upstream_changed_at'] ?? ''));
  for (const row of rows) {
    const k = naturalKey(row, key);
    const kept = byKey.get(k);
    // Of two versions in one batch the newer upstream wins; of equal (or unreadable) ones, the later.
    if (!kept || !(changedAt(kept) > changedAt(row))) byKey.set(k, row);
  }
  return [...byKey.values()];
}

/**
 * Upserts rows on the natural key in one statement. A row whose content hash equals the stored one
 * is not written at all (it counts as unchanged), nor is one older upstream than the stored version
 * (a corrected old file, a replayed page, a late duplicate must not undo a newer change).
 * `jsonb_populate_recordset` casts each value to its column's type, so dates, numerics and arrays
 * travel as JSON strings.
 */
export interface UpsertOptions {
  /**
   * Whether a record withdrawn here (missing from a complete pull or a corrected file) comes back
   * when it is written again at the same upstream version: yes for a live pull (it is upstream
   * again), no for replayed archive bytes (an old page must not undo the withdrawal).
   */
  restoreWithdrawn: boolean;
}

export async function upsertRows(db: Queryable, spec: TableSpec, rows: Row[], options: UpsertOptions = { restoreWithdrawn: true }): Promise<WriteCounts> {
  const unique = lastPerKey(rows, spec.key);
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0, withdrawn: 0, written: [] };
  // A row may carry its hash already (computed ahead, outside the transaction).
  const hashed = unique.map((row) => (typeof row['content_hash'] === 'string' ? row : { ...row, content_hash: contentHash(row) }));
  const columns = Object.keys(hashed[0] ?? {});
  const list = columns.map((c) => `"${c}"`).join(', ');
  const updates = columns.filter((c) => !spec.key.includes(c)).map((c) => `"${c}" = EXCLUDED."${c}"`);
  const sql = `INSERT INTO ${spec.table} AS t (${list})
    SELECT ${list} FROM jsonb_populate_recordset(NULL::${spec.table}, $1::jsonb)
    ON CONFLICT (${spec.key.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
    WHERE t.content_hash IS DISTINCT FROM EXCLUDED.content_hash AND EXCLUDED.upstream_changed_at >= t.upstream_changed_at
      ${options.restoreWithdrawn ? '' : `AND (t.content_hash NOT LIKE 'withdrawn:%' OR EXCLUDED.upstream_changed_at > t.upstream_changed_at)`}
    RETURNING (xmax = 0) AS inserted, (withdrawn_at IS NOT NULL) AS withdrawn, concat_ws('|', ${spec.key.map((k) => `"${k}"::text`).join(', ')}) AS key`;
  const written = (await db.query(sql, [JSON.stringify(hashed)])) as { inserted: boolean; withdrawn: boolean; key: string }[];
  const inserted = written.filter((w) => w.inserted).length;
  return {
    inserted,
    updated: written.length - inserted,
    unchanged: rows.length - written.length,
    withdrawn: written.filter((w) => w.withdrawn).length,
    written: written.map((w) => ({ key: w.key, inserted: w.inserted })),
  };
}
