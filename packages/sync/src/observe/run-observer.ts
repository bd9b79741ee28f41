import type { SyncCounts } from '../runner/counts';
import type { RunStatus } from '../runner/run-record';
import { syncRecordsTotal, syncRunDurationSeconds, syncRunsTotal } from './metrics';

/** The record outcomes counted by `keyfield_sync_records_total`. */
export const RECORD_OUTCOMES = ['inserted', 'updated', 'unchanged', 'withdrawn', 'quarantined'] as const;

/** Feeds the run metrics of one run of one source. */
export interface RunObserver {
  /** Pass as (or call from) runSource's `onBatch`: `counts` are the run's running totals. */
  onBatch(counts: SyncCounts): void;
  /** Once, after the run: its final status and, when runSource returned them, its final counts. */
  finish(status: RunStatus, counts?: SyncCounts): void;
}

/**
 * Starts observing a run of `source`. `onBatch` adds what changed since the previous call to the
 * record counters (runSource reports cumulative counts); `finish` counts the run and its duration.
 * `clockMs` is injectable for tests.
 */
export function observeRun(source: string, clockMs: () => number = () => performance.now()): RunObserver {
  const startedMs = clockMs();
  const seen: Record<(typeof RECORD_OUTCOMES)[number], number> = { inserted: 0, updated: 0, unchanged: 0, withdrawn: 0, quarantined: 0 };
  const observeBatch = (counts: SyncCounts): void => {
    for (const outcome of RECORD_OUTCOMES) {
      const delta = counts[outcome] - seen[outcome];
      if (delta > 0) syncRecordsTotal.inc({ source, outcome }, delta);
      seen[outcome] = counts[outcome];
    }
  };
  let finished = false;
  return {
    onBatch: observeBatch,
    finish(status, counts) {
      if (finished) return;
      finished = true;
      if (counts) observeBatch(counts);
      syncRunsTotal.inc({ source, status });
      syncRunDurationSeconds.observe({ source, status }, (clockMs() - startedMs) / 1000);
    },
  };
}
