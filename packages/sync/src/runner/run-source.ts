import type { Logger } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { Conversion, Row } from '../kit/conversion';
import type { QuarantineEntry } from '../kit/quarantine';
import { quarantine } from '../kit/quarantine';
import { loadState, saveState } from '../kit/state-store';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';
import { upsertRows } from '../kit/table-writer';
import { emptyCounts, type SyncCounts } from './counts';

export interface RunOptions {
  logger: Logger;
  /** Called after each committed batch (progress output). */
  onBatch?: (counts: SyncCounts) => void;
}

function convertBatch<W, S>(source: SourceSpec<W, S>, batch: Batch<W, S>): { rows: Row[]; rejected: QuarantineEntry[] } {
  const rows: Row[] = [];
  const rejected: QuarantineEntry[] = (batch.parseErrors ?? []).map((e) => ({ stage: 'parse', reason: e.reason, locator: e.locator, record: e.raw ?? null }));
  batch.records.forEach((record, i) => {
    const result: Conversion = source.convert(record, { source: source.name, fetchedAt: batch.fetchedAt, fileName: batch.fileName });
    if (result.ok) rows.push(result.row);
    else rejected.push({ stage: result.stage, reason: result.reason, key: result.key, locator: `${batch.locator}#${i}`, record });
  });
  return { rows, rejected };
}

/**
 * Pulls one source from its stored cursor to the upstream's end. Each batch commits in one
 * transaction — rows upserted, rejects quarantined, cursor advanced — so a run killed half-way
 * resumes at its last committed batch, and a re-run changes nothing.
 */
export async function runSource<W, S>(db: DataSource, source: SourceSpec<W, S>, options: RunOptions): Promise<SyncCounts> {
  const counts = emptyCounts(source.name);
  const [run] = (await db.query(`INSERT INTO sync.run (source, status) VALUES ($1, 'running') RETURNING id`, [source.name])) as { id: string }[];
  const log = options.logger.child({ source: source.name, runId: run?.id });
  try {
    const state = await loadState<S>(db, source.name);
    for await (const batch of source.stream.read(state)) {
      const { rows, rejected } = convertBatch(source, batch);
      await db.transaction(async (tx) => {
        const written = await upsertRows(tx, source.table, rows);
        await quarantine(tx, source.name, rejected);
        await saveState(tx, source.name, batch.stateAfter);
        counts.add(batch.records.length + (batch.parseErrors?.length ?? 0), written, rejected.length);
      });
      log.debug({ locator: batch.locator, ...counts.snapshot() }, 'batch committed');
      options.onBatch?.(counts);
    }
    await db.query(`UPDATE sync.run SET status = 'succeeded', finished_at = now(), counts = $2 WHERE id = $1`, [run?.id, counts.snapshot()]);
    return counts;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db.query(`UPDATE sync.run SET status = 'failed', finished_at = now(), counts = $2, error = $3 WHERE id = $1`, [run?.id, counts.snapshot(), message]);
    log.error({ err: message }, 'sync run failed');
    throw err;
  }
}
