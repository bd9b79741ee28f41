import type { Logger } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { AnySource } from '../kit/table';
import { runSourceObserved } from '../observe/run-observed';
import { RunAborted } from '../runner/run-source';
import type { RunSettings } from '../runner/run-settings';
import { runDeadline } from './run-deadline';
import { withSourceLock } from './source-lock';
import type { SyncJob, SyncJobTrigger } from './sync-job';

/** What a worker gives each job of one source queue. */
export interface SyncJobContext {
  db: DataSource;
  /** For the source lock's own connection. */
  databaseUrl: string;
  source: AnySource;
  runTimeoutMs: number;
  /** Fires when the worker stops: the run ends after its current batch commits. */
  stopping: AbortSignal;
  logger: Logger;
  /** host:pid, recorded on the run. */
  workerId: string;
  /** How runs behave (hold share, group size). */
  run: RunSettings;
}

const triggerOf = (job: SyncJob): SyncJobTrigger => (job.data?.trigger === 'schedule' ? 'schedule' : 'manual');

/**
 * One run of one source for one job: from the stored cursor, or a full reconciliation when the job says so. It is aborted between batches by the
 * first of: the run timeout, the worker stopping, pg-boss taking the job back (expiry, lost
 * heartbeat). An aborted run is recorded `timed_out` with what it committed, and the job fails so
 * the queue retries it later from the committed cursor. Resolves to the run's counts (the job output).
 */
export async function runSyncJob(job: SyncJob, ctx: SyncJobContext): Promise<Record<string, number>> {
  const deadline = runDeadline(ctx.runTimeoutMs);
  const signal = AbortSignal.any([deadline.signal, ctx.stopping, job.signal]);
  const logger = ctx.logger.child({ job: job.id, attempt: job.retryCount });
  try {
    if (signal.aborted) throw new RunAborted(signal.reason);
    const counts = await withSourceLock(ctx.databaseUrl, ctx.source.name, logger, () =>
      runSourceObserved(ctx.db, ctx.source, {
        logger, signal, trigger: triggerOf(job), mode: job.data?.mode === 'full' ? 'full' : 'incremental', worker: ctx.workerId,
        holdShare: ctx.run.holdShare, groupRecords: ctx.run.groupRecords,
      }));
    return counts.snapshot();
  } finally {
    deadline.clear();
  }
}
