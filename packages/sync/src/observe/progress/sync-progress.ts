import type { SyncCounts } from '../../runner/counts';
import type { RunStatus } from '../../runner/run-record';

/** The counts a progress display shows, in this order. */
export const PROGRESS_COLUMNS = ['fetched', 'inserted', 'updated', 'unchanged', 'withdrawn', 'quarantined'] as const;

/** What a sync of several sources tells its display; one source runs at a time. */
export interface SyncProgress {
  /** `source` starts pulling. */
  start(source: string): void;
  /** `source` committed a batch; `counts` are its run's totals so far. */
  batch(source: string, counts: SyncCounts): void;
  /** `source` ended with `status`; `counts` are its last known totals. */
  finish(source: string, status: RunStatus, counts: SyncCounts): void;
  /** Every source is done (or the sync stops): leaves the terminal as it found it. */
  stop(): void;
}
