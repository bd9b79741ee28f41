import type { Queryable } from '@keyfield/core';
import type { ClientBase } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { Row } from './conversion';
import { contentHash } from './content-hash';
import { mergeSql, type Merged } from './merge-sql';
import { stageRows } from './stage-table';
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

/** When a row changed upstream, as a number to compare (NaN when unreadable). */
export const changedAt = (row: Row): number => Date.parse(String(row['upstream_changed_at'] ?? ''));

/** The last row per natural key: a batch may carry one record twice (a row repeated across pages). */
function lastPerKey(rows: Row[], key: string[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const k = naturalKey(row, key);
    const kept = byKey.get(k);
    // Of two versions in one batch the newer upstream wins; of equal (or unreadable) ones, the later.
    if (!kept || !(changedAt(kept) > changedAt(row))) byKey.set(k, row);
  }
  return [...byKey.values()];
}

export interface UpsertOptions {
  /**
   * Whether a record withdrawn here (missing from a complete pull or a corrected file) comes back
   * when it is written again at the same upstream version: yes for a live pull (it is upstream
   * again), no for replayed archive bytes (an old page must not undo the withdrawal).
   */
  restoreWithdrawn: boolean;
}

/**
 * Writes unique rows. Inside a TypeORM transaction the rows are staged with COPY and merged in one
 * statement (Postgres parses COPY's text far faster than jsonb); a DataSource or an EntityManager
 * outside a transaction gets one; any other Queryable sends them as one jsonb parameter, cast by
 * `jsonb_populate_recordset` to the columns' types. Both ways cast the same text the same way.
 */
async function writeRows(db: Queryable, spec: TableSpec, columns: string[], rows: Row[], options: UpsertOptions): Promise<Merged[]> {
  if (db instanceof EntityManager && db.queryRunner?.isTransactionActive) {
    // TypeORM's PostgresQueryRunner connects to a pg PoolClient: the transaction's own connection.
    const client = (await db.queryRunner.connect()) as ClientBase;
    const stage = await stageRows(db, client, spec.table, columns, rows);
    return (await db.query(mergeSql(spec, columns, stage, options))) as Merged[];
  }
  if (db instanceof EntityManager || db instanceof DataSource) return db.transaction((tx) => writeRows(tx, spec, columns, rows, options));
  const from = `jsonb_populate_recordset(NULL::${spec.table}, $1::jsonb)`;
  return (await db.query(mergeSql(spec, columns, from, options), [JSON.stringify(rows)])) as Merged[];
}

/**
 * Upserts rows on the natural key (see `mergeSql` for when a row is not written: unchanged content,
 * older upstream, withdrawn here). Of rows sharing a key the newer upstream wins.
 */
export async function upsertRows(db: Queryable, spec: TableSpec, rows: Row[], options: UpsertOptions = { restoreWithdrawn: true }): Promise<WriteCounts> {
  const unique = lastPerKey(rows, spec.key);
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0, withdrawn: 0, written: [] };
  // A row may carry its hash already (computed ahead, outside the transaction).
  const hashed = unique.map((row) => (typeof row['content_hash'] === 'string' ? row : { ...row, content_hash: contentHash(row) }));
  const columns = Object.keys(hashed[0] ?? {});
  const written = await writeRows(db, spec, columns, hashed, options);
  const inserted = written.filter((w) => w.inserted).length;
  return {
    inserted,
    updated: written.length - inserted,
    unchanged: rows.length - written.length,
    withdrawn: written.filter((w) => w.withdrawn).length,
    written: written.map((w) => ({ key: w.key, inserted: w.inserted })),
  };
}
