import type { Logger } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { archivePage } from '../archive/raw-page';
import type { SourceSpec } from '../kit/table';
import { quarantine } from '../kit/quarantine';
import { loadState, saveState } from '../kit/state-store';
import { naturalKey, upsertRows } from '../kit/table-writer';
import { convertBatch } from './convert-batch';
import { SyncCounts } from './counts';
import { PartitionKeys, withdrawMissing } from './partition';
import { beat, closeRun, openRun, type RunMode, type RunStatus, type RunTrigger } from './run-record';

export interface RunOptions {
  logger: Logger;
  /** Aborts the run between batches (per-run timeout, shutdown); what committed stays committed. */
  signal?: AbortSignal;
  trigger?: RunTrigger;
  mode?: RunMode;
  /** Which worker process runs it (host:pid), for the run history. */
  worker?: string;
  /** Called after each committed batch (progress output, metrics). */
  onBatch?: (counts: SyncCounts) => void;
}

/** Thrown when the signal aborts a run; the run is recorded as timed out. */
export class RunAborted extends Error {
  constructor(readonly reason: unknown) {
    super(`sync run aborted: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'RunAborted';
  }
}

/**
 * Pulls one source from its stored cursor to the upstream's end. Each batch commits in one
 * transaction — raw bytes archived, rows upserted, rejects quarantined, cursor advanced, heartbeat
 * moved — so a run killed half-way resumes at its last committed batch, and a re-run changes nothing.
 */
export async function runSource<W, S>(db: DataSource, source: SourceSpec<W, S>, options: RunOptions): Promise<SyncCounts> {
  const counts = new SyncCounts(source.name);
  const runId = await openRun(db, source.name, options.trigger ?? 'cli', options.mode ?? 'incremental', options.worker ?? null);
  const log = options.logger.child({ source: source.name, runId });
  try {
    const state = await loadState<S>(db, source.name);
    const partitions = new PartitionKeys();
    for await (const batch of source.stream.read(state)) {
      if (options.signal?.aborted) throw new RunAborted(options.signal.reason);
      await db.transaction(async (tx) => {
        const rawPageId = batch.raw ? await archivePage(tx, source.name, batch.raw) : null;
        const { rows, rejected } = convertBatch(source, batch, rawPageId);
        const written = await upsertRows(tx, source.table, rows);
        if (batch.partition) {
          const { column, value, last } = batch.partition;
          partitions.add(value, [...rows.map((r) => naturalKey(r, source.table.key)), ...rejected.flatMap((r) => (r.key ? [r.key] : []))]);
          if (last) written.withdrawn += await withdrawMissing(tx, source.table, column, value, partitions.take(value));
        }
        await quarantine(tx, source.name, rejected);
        await saveState(tx, source.name, batch.stateAfter);
        counts.add(batch.records.length + (batch.parseErrors?.length ?? 0), written, rejected.length);
        await beat(tx, runId, counts);
      });
      log.debug({ locator: batch.locator, ...counts.snapshot() }, 'batch committed');
      options.onBatch?.(counts);
    }
    await closeRun(db, runId, 'succeeded', counts, null);
    log.info(counts.snapshot(), 'sync run succeeded');
    return counts;
  } catch (err) {
    const status: RunStatus = err instanceof RunAborted ? 'timed_out' : 'failed';
    const message = err instanceof Error ? err.message : String(err);
    await closeRun(db, runId, status, counts, message);
    log.error({ err: message, status }, 'sync run did not finish');
    throw err;
  }
}
