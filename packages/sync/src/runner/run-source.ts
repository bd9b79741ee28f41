import type { Logger } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { loadState } from '../kit/state-store';
import type { SourceSpec } from '../kit/table';
import { SyncCounts } from './counts';
import { finishFullRun } from './finish-full';
import { PartitionKeys } from './partition';
import { RunAborted, runPipeline } from './pipeline';
import { closeRun, openRun, type RunMode, type RunStatus, type RunTrigger } from './run-record';

export { RunAborted } from './pipeline';

export interface RunOptions {
  logger: Logger;
  /** Aborts the run between groups (per-run timeout, shutdown); what committed stays committed. */
  signal?: AbortSignal;
  trigger?: RunTrigger;
  /** `incremental` follows the cursor; `full` pulls everything and reconciles (see finishFullRun). */
  mode?: Exclude<RunMode, 'replay'>;
  /** Full runs: the share of stored records that may vanish at once before the snapshot is held. */
  holdShare?: number;
  /** Which worker process runs it (host:pid), for the run history. */
  worker?: string;
  /** Called after each committed group (progress output, metrics). */
  onBatch?: (counts: SyncCounts) => void;
  /** Pages are committed together until they hold this many records (fewer, larger transactions). */
  groupRecords?: number;
  /** Once the run is recorded as ended, on every path: its final status and counts. */
  onFinish?: (status: RunStatus, counts: SyncCounts) => void;
}

/**
 * Pulls one source to the upstream's end, from its stored cursor (incremental) or from the start
 * (full, then reconciled). Each group of pages commits on its own, so a run killed half-way resumes
 * at its last committed group, and a re-run changes nothing.
 */
export async function runSource<W, S>(db: DataSource, source: SourceSpec<W, S>, options: RunOptions): Promise<SyncCounts> {
  const mode = options.mode ?? 'incremental';
  const counts = new SyncCounts(source.name);
  const runId = await openRun(db, source.name, options.trigger ?? 'cli', mode, options.worker ?? null);
  const log = options.logger.child({ source: source.name, runId, mode });
  try {
    const seen = { all: mode === 'full' ? new Set<string>() : null, partitions: new PartitionKeys() };
    const state = mode === 'full' ? undefined : await loadState<S>(db, source.name);
    await runPipeline(db, source, source.stream.read(state), {
      runId, counts, seen, keepState: true, groupRecords: options.groupRecords ?? 1000, signal: options.signal,
      onCommit: (locator) => {
        log.debug({ locator, ...counts.snapshot() }, 'group committed');
        options.onBatch?.(counts);
      },
    });
    const status: RunStatus = seen.all ? await finishFullRun(db, source, runId, [...seen.all], counts, options.holdShare ?? 0.2) : 'succeeded';
    await closeRun(db, runId, status, counts, null);
    log.info(counts.snapshot(), `sync run ${status}`);
    options.onFinish?.(status, counts);
    return counts;
  } catch (err) {
    const status: RunStatus = err instanceof RunAborted ? 'timed_out' : 'failed';
    const message = err instanceof Error ? err.message : String(err);
    await closeRun(db, runId, status, counts, message);
    log.error({ err: message, status }, 'sync run did not finish');
    options.onFinish?.(status, counts);
    throw err;
  }
}
