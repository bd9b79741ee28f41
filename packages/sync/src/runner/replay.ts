import type { Logger, Queryable } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { RawPage } from '../archive/raw-page';
import type { Batch, Decoded } from '../kit/stream';
import type { SourceSpec, TableSpec } from '../kit/table';
import { SyncCounts } from './counts';
import { PartitionKeys } from './partition';
import { runPipeline } from './pipeline';
import { closeRun, openRun } from './run-record';

interface ArchivedPage extends RawPage {
  id: string;
}

/** Every archived page of a source, oldest first, read a few at a time (bytes can be large). */
async function* archivedBatches<W, S>(db: Queryable, source: string, decode: (raw: RawPage) => Decoded<W>, chunk: number): AsyncGenerator<Batch<W, S>> {
  for (let last = '0'; ; ) {
    const pages = (await db.query(
      // Ordered by the bigint column, not by the text alias of the same name.
      `SELECT r.id::text AS id, r.url, r.status, r.content_type AS "contentType", r.encoding, r.encoding_basis AS "encodingBasis", r.bytes,
         to_char(r.fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "fetchedAt"
       FROM sync.raw_page r WHERE r.source = $1 AND r.id > $2::bigint ORDER BY r.id LIMIT $3`,
      [source, last, chunk],
    )) as ArchivedPage[];
    if (pages.length === 0) return;
    for (const page of pages) {
      const decoded = decode(page);
      yield { records: decoded.records, locator: page.url, fetchedAt: page.fetchedAt, fileName: decoded.fileName, parseErrors: decoded.parseErrors, rawPageId: page.id, stateAfter: undefined as S };
      last = page.id;
    }
  }
}

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
 * For after a converter fix. The stored cursor is left alone.
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
