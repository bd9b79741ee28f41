import type { ClientBase } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Row } from './conversion';
import { copyLines, type CopyLines } from './copy-text';
import { mergeSql, type Merged } from './merge-sql';
import { stageCopy } from './stage-table';
import type { TableSpec } from './table';
import { changedAt, naturalKey, type UpsertOptions, type WriteCounts } from './table-writer';

/**
 * Rows of one batch already hashed and encoded as COPY text (see `encodeRows`): what a pipeline
 * keeps of a converted batch until it commits, instead of the row objects.
 */
export interface EncodedRows extends CopyLines {
  columns: string[];
  /** Each line's natural key and upstream change time (`changedAt`), to keep one line per key. */
  keys: string[];
  changedAt: number[];
}

/** Hashed rows of one batch as COPY text in their own keys' order. */
export function encodeRows(rows: Row[], key: string[]): EncodedRows {
  const columns = Object.keys(rows[0] ?? {});
  return { columns, ...copyLines(rows, columns), keys: rows.map((r) => naturalKey(r, key)), changedAt: rows.map(changedAt) };
}

/** Encoded rows of one batch, and the archived bytes they came from (written as `raw_page_id`). */
export interface EncodedBatch {
  rows: EncodedRows;
  rawPageId: string | null;
}

/**
 * The COPY data of batches sharing a shape: the last line per key (the newer upstream wins, as in
 * `upsertRows`), each prefixed with its batch's raw page id when the shape has one.
 */
function keptLines(batches: readonly EncodedBatch[]): Buffer {
  const kept = new Map<string, [batch: number, line: number, changedAt: number]>();
  batches.forEach(({ rows }, b) => {
    for (let i = 0; i < rows.keys.length; i += 1) {
      const key = rows.keys[i] as string;
      const at = rows.changedAt[i] as number;
      const prior = kept.get(key);
      if (!prior || !(prior[2] > at)) kept.set(key, [b, i, at]);
    }
  });
  const prefixes = batches.map((b) => (b.rawPageId === null ? null : Buffer.from(`${b.rawPageId}\t`)));
  const pieces: Buffer[] = [];
  for (const [b, i] of kept.values()) {
    const { rows } = batches[b] as EncodedBatch;
    const prefix = prefixes[b];
    if (prefix) pieces.push(prefix);
    pieces.push(rows.bytes.subarray(i === 0 ? 0 : rows.ends[i - 1], rows.ends[i]));
  }
  return Buffer.concat(pieces);
}

/** Non-empty batches by the columns they write (`raw_page_id` first when they have a raw page). */
function byColumns(batches: readonly EncodedBatch[]): Map<string, { columns: string[]; same: EncodedBatch[] }> {
  const shapes = new Map<string, { columns: string[]; same: EncodedBatch[] }>();
  for (const batch of batches) {
    if (batch.rows.keys.length === 0) continue;
    const columns = batch.rawPageId === null ? batch.rows.columns : ['raw_page_id', ...batch.rows.columns];
    const shape = columns.join(',');
    const entry = shapes.get(shape);
    if (entry) entry.same.push(batch);
    else shapes.set(shape, { columns, same: [batch] });
  }
  return shapes;
}

/**
 * `upsertRows` for encoded batches, inside a transaction of `tx`: batches of one shape (columns, and
 * whether they have a raw page) are staged together and merged in one statement.
 */
export async function upsertEncoded(tx: EntityManager, spec: TableSpec, batches: readonly EncodedBatch[], options: UpsertOptions): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0, withdrawn: 0, written: [] };
  if (!tx.queryRunner?.isTransactionActive) throw new Error('upsertEncoded runs inside a transaction');
  // TypeORM's PostgresQueryRunner connects to a pg PoolClient: the transaction's own connection.
  const client = (await tx.queryRunner.connect()) as ClientBase;
  for (const { columns, same } of byColumns(batches).values()) {
    const stage = await stageCopy(tx, client, spec.table, columns, [keptLines(same)]);
    const written = (await tx.query(mergeSql(spec, columns, stage, options))) as Merged[];
    const inserted = written.filter((w) => w.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += same.reduce((n, b) => n + b.rows.keys.length, 0) - written.length;
    counts.withdrawn += written.filter((w) => w.withdrawn).length;
    for (const w of written) counts.written.push({ key: w.key, inserted: w.inserted });
  }
  return counts;
}
