import type { Logger } from '@keyfield/core';
import type { DataSource, EntityManager } from 'typeorm';
import { archivePage } from '../archive/raw-page';
import { quarantine } from '../kit/quarantine';
import { saveState, loadState } from '../kit/state-store';
import type { Batch } from '../kit/stream';
import type { SourceSpec } from '../kit/table';
import { naturalKey, upsertRows } from '../kit/table-writer';
import { convertBatch } from './convert-batch';
import { SyncCounts } from './counts';
import { finishFullRun } from './finish-full';
import { PartitionKeys, withdrawMissing } from './partition';
import { beat, closeRun, openRun, type RunMode, type RunStatus, type RunTrigger } from './run-record';

export interface RunOptions {
  logger: Logger;
  /** Aborts the run between batches (per-run timeout, shutdown); what committed stays committed. */
  signal?: AbortSignal;
  trigger?: RunTrigger;
  /** `incremental` follows the cursor; `full` pulls everything and reconciles (see finishFullRun). */
  mode?: Exclude<RunMode, 'replay'>;
  /** Full runs: the share of stored records that may vanish at once before the snapshot is held. */
  holdShare?: number;
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

/** Keys a run has seen: the whole pull's, for a full run's reconciliation, and per partition. */
interface Seen {
  all: Set<string> | null;
  partitions: PartitionKeys;
}

/** One batch in one transaction: raw bytes archived, rows upserted, rejects quarantined, cursor and heartbeat moved. */
async function commitBatch<W, S>(tx: EntityManager, source: SourceSpec<W, S>, batch: Batch<W, S>, runId: string, counts: SyncCounts, seen: Seen): Promise<void> {
  const rawPageId = batch.raw ? await archivePage(tx, source.name, batch.raw) : null;
  const { rows, rejected } = convertBatch(source, batch, rawPageId);
  const written = await upsertRows(tx, source.table, rows);
  const keys = [...rows.map((r) => naturalKey(r, source.table.key)), ...rejected.flatMap((r) => (r.key ? [r.key] : []))];
  for (const k of keys) seen.all?.add(k);
  if (batch.partition) {
    const { column, value, last } = batch.partition;
    seen.partitions.add(value, keys);
    if (last) written.withdrawn += await withdrawMissing(tx, source.table, column, value, seen.partitions.take(value));
  }
  await quarantine(tx, source.name, rejected);
  await saveState(tx, source.name, batch.stateAfter);
  counts.add(batch.records.length + (batch.parseErrors?.length ?? 0), written, rejected.length);
  await beat(tx, runId, counts);
}

/**
 * Pulls one source to the upstream's end, from its stored cursor (incremental) or from the start
 * (full, then reconciled). Each batch commits on its own, so a run killed half-way resumes at its
 * last committed batch, and a re-run changes nothing.
 */
export async function runSource<W, S>(db: DataSource, source: SourceSpec<W, S>, options: RunOptions): Promise<SyncCounts> {
  const mode = options.mode ?? 'incremental';
  const counts = new SyncCounts(source.name);
  const runId = await openRun(db, source.name, options.trigger ?? 'cli', mode, options.worker ?? null);
  const log = options.logger.child({ source: source.name, runId, mode });
  try {
    const seen: Seen = { all: mode === 'full' ? new Set<string>() : null, partitions: new PartitionKeys() };
    const state = mode === 'full' ? undefined : await loadState<S>(db, source.name);
    for await (const batch of source.stream.read(state)) {
      if (options.signal?.aborted) throw new RunAborted(options.signal.reason);
      await db.transaction((tx) => commitBatch(tx, source, batch, runId, counts, seen));
      log.debug({ locator: batch.locator, ...counts.snapshot() }, 'batch committed');
      options.onBatch?.(counts);
    }
    const status: RunStatus = seen.all ? await finishFullRun(db, source, runId, [...seen.all], counts, options.holdShare ?? 0.2) : 'succeeded';
    await closeRun(db, runId, status, counts, null);
    log.info(counts.snapshot(), `sync run ${status}`);
    return counts;
  } catch (err) {
    const status: RunStatus = err instanceof RunAborted ? 'timed_out' : 'failed';
    const message = err instanceof Error ? err.message : String(err);
    await closeRun(db, runId, status, counts, message);
    log.error({ err: message, status }, 'sync run did not finish');
    throw err;
  }
}
