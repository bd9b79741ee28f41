import type { Logger, Queryable } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { RawPage } from '../archive/raw-page';
import { quarantine } from '../kit/quarantine';
import type { SourceSpec } from '../kit/table';
import { upsertRows } from '../kit/table-writer';
import { convertBatch } from './convert-batch';
import { SyncCounts } from './counts';
import { closeRun, openRun } from './run-record';

interface ArchivedPage extends RawPage {
  id: string;
}

/** Pages fetched before, oldest first, a few at a time (bytes can be large). */
async function archivedPages(db: Queryable, source: string, afterId: string, limit: number): Promise<ArchivedPage[]> {
  const rows = (await db.query(
    `SELECT id::text AS id, url, status, content_type AS "contentType", encoding, encoding_basis AS "encodingBasis", bytes,
       to_char(fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "fetchedAt"
     FROM sync.raw_page WHERE source = $1 AND id > $2 ORDER BY id LIMIT $3`,
    [source, afterId, limit],
  )) as ArchivedPage[];
  return rows;
}

/** Open quarantine entries of a replayed page whose records now convert are resolved. */
async function resolveConverted(db: Queryable, source: string, rawPageId: string, keys: string[]): Promise<void> {
  await db.query(
    `UPDATE sync.quarantine SET resolved_at = now() WHERE source = $1 AND raw_page_id = $2 AND resolved_at IS NULL AND record_key = ANY($3::text[])`,
    [source, rawPageId, keys],
  );
}

/**
 * Re-normalises a source from its archived bytes, without fetching: every page decoded again and
 * converted with the current converters, in the order it was first fetched (so later versions win).
 * For after a converter fix. Cursor state is left alone.
 */
export async function replaySource<W, S>(db: DataSource, source: SourceSpec<W, S>, options: { logger: Logger; pageBatch?: number }): Promise<SyncCounts> {
  const decode = source.stream.decode?.bind(source.stream);
  if (!decode) throw new Error(`${source.name} cannot be replayed: its stream has no decoder`);
  const counts = new SyncCounts(source.name);
  const runId = await openRun(db, source.name, 'cli', 'replay', null);
  try {
    for (let last = '0'; ; ) {
      const pages = await archivedPages(db, source.name, last, options.pageBatch ?? 20);
      if (pages.length === 0) break;
      for (const page of pages) {
        const decoded = decode(page);
        const batch = { records: decoded.records, locator: page.url, fetchedAt: page.fetchedAt, fileName: decoded.fileName, parseErrors: decoded.parseErrors, stateAfter: undefined as S };
        await db.transaction(async (tx) => {
          const { rows, rejected } = convertBatch(source, batch, page.id);
          const written = await upsertRows(tx, source.table, rows);
          await quarantine(tx, source.name, rejected);
          await resolveConverted(tx, source.name, page.id, written.written.map((w) => w.key));
          counts.add(decoded.records.length, written, rejected.length);
        });
        last = page.id;
      }
    }
    await closeRun(db, runId, 'succeeded', counts, null);
    return counts;
  } catch (err) {
    await closeRun(db, runId, 'failed', counts, err instanceof Error ? err.message : String(err));
    throw err;
  }
}
