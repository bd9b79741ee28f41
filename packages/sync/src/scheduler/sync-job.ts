import type { RunTrigger } from '../runner/run-record';

/** How a queued run was asked for: by its cron schedule, or by a person (ops API, CLI). */
export type SyncJobTrigger = Extract<RunTrigger, 'schedule' | 'manual'>;

/** The payload of a job in a sync queue. */
export interface SyncJobData {
  trigger: SyncJobTrigger;
  /** `full`: a complete pull reconciled against the store (the periodic full schedule); default incremental. */
  mode?: 'incremental' | 'full';
}

/**
 * What a sync job handler needs of a pg-boss job (`Job<SyncJobData>` has it): its id, payload, retry
 * count, and the signal pg-boss fires when the job's claim is lost or the instance stops.
 */
export interface SyncJob {
  id: string;
  data: Partial<SyncJobData> | null;
  retryCount: number;
  signal: AbortSignal;
}

/**
 * The queue slot of a job: full runs wait in their own (`singletonKey: 'full'`), so a waiting
 * incremental run cannot swallow a full one; the source's advisory lock still keeps runs apart.
 */
export function jobSlot(mode: 'incremental' | 'full'): { singletonKey?: string } {
  return mode === 'full' ? { singletonKey: 'full' } : {};
}
