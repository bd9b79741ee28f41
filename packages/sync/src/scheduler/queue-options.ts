import type { SchedulerSettings } from './settings';

/**
 * `stately`: at most one job per state, so at most one `active` job per source queue across every
 * worker on every machine — a unique index of pg-boss (`job_i3` on name, state where
 * policy = 'stately'), checked by Postgres when a worker claims a job — and at most one waiting, so
 * schedule ticks and triggers that arrive while a run waits join it instead of piling up.
 */
export const SYNC_QUEUE_POLICY = 'stately';

/** The queue options every sync queue gets (and gets again at each worker's boot). */
export function syncQueueOptions(settings: SchedulerSettings) {
  return {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    // pg-boss doubles the delay per retry and draws half of it at random (jitter).
    retryBackoff: true,
    retryDelayMax: settings.retryMaxDelaySeconds,
    // A backstop: the run aborts itself at the run timeout; the queue expires the job a little later.
    expireInSeconds: Math.ceil(settings.runTimeoutMs / 1000) + settings.expiryMarginSeconds,
    // A worker killed with kill -9 stops confirming its job; pg-boss then fails it and it is retried.
    heartbeatSeconds: settings.jobHeartbeatSeconds,
  };
}
