import type { Logger, Queryable } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { SourceSpec, TableSpec } from '../kit/table';
import { archivedBatches } from './archived-pages';
import { SyncCounts } from './counts';
import { PartitionKeys } from './partition';
import { runPipeline } from './pipeline';
import { closeRun, openRun } from './run-record';

/** Open quarantine entries whose record, from the same bytes, is now stored: the fix took. */
async function resolveStored(db: Queryable, source: string, table: TableSpec): Promise<void> {
  const key = `concat_ws('|', ${table.key.map((k) => `t."${k}"::text`).join(', ')})`;
  await db.query(
    `UPDATE sync.quarantine q SET resolved_at = now(), resolution = 'stored', resolved_by = 'replay'
     WHERE q.source = $1 AND q.resolved_at IS NULL AND q.raw_page_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM ${table.table} t WHERE t.raw_page_id = q.raw_page_id AND ${key} = q.record_key)`,
    [source],
  );
}

/**
 * Re-normalises a source from its archived bytes, without fetching: every page decoded again and
 * converted with the current converters, in the order it was first fetched (later versions win).
 * For after a converter fix. The stored cursor is left alone. Holds one pooled connection to read the
 * archive while it commits on another: the pool needs two.
 */
export async function replaySource<W, S>(db: DataSource, source: SourceSpec<W, S>, options: { logger: Logger; groupRecords?: number; archiveChunk?: number }): Promise<SyncCounts> {
  const decode = source.stream.decode?.bind(source.stream);
  if (!decode) throw new Error(`${source.name} cannot be replayed: its stream has no decoder`);
  const counts = new SyncCounts(source.name);
  const runId = await openRun(db, source.name, 'cli', 'replay', null);
  try {
    await runPipeline(db, source, archivedBatches<W, S>(db, source.name, decode, options.archiveChunk ?? 20), {
      runId, counts, seen: { all: null, partitions: new PartitionKeys() }, keepState: false, groupRecords: options.groupRecords ?? 1000,
    });
    await resolveStored(db, source.name, source.table);
    await closeRun(db, runId, 'succeeded', counts, null);
    return counts;
  } catch (err) {
    await closeRun(db, runId, 'failed', counts, err instanceof Error ? err.message : String(err));
    throw err;
  }
}
