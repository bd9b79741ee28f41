import { collectProblems, ConfigError, integer, readSettings, text, type SettingsOf } from '@keyfield/core';
import { readRunSettings, type RunSettings } from '../runner/run-settings';
import { scheduleEnvOf, scheduleSetting } from './schedule-setting';

const schedulerSpec = {
  defaultSchedule: scheduleSetting('SYNC_SCHEDULE', 'when each source is synced unless SYNC_SCHEDULE_<SOURCE> says otherwise', '*/15 * * * *'),
  // Off the quarter hours, so the full run's tick does not land on an incremental one (a queue keeps one job waiting).
  fullSchedule: scheduleSetting('SYNC_FULL_SCHEDULE', 'when every source gets a full reconciliation (complete pull, vanished records withdrawn or held)', '7 3 * * *'),
  timezone: text('SYNC_TIMEZONE', 'IANA time zone the schedules are read in', 'Asia/Shanghai'),
  runTimeoutMs: integer('SYNC_RUN_TIMEOUT_MS', 'longest one run may take before it is aborted after its current batch (recorded timed_out), in milliseconds', 1_800_000, 1000, 86_400_000),
  expiryMarginSeconds: integer('SYNC_EXPIRY_MARGIN_SECONDS', 'how much longer than the run timeout the queue lets a job stay active before it expires it, in seconds; more than the longest batch', 300, 10, 86_400),
  staleRunMs: integer('SYNC_STALE_RUN_MS', 'a running run with no heartbeat for this long is marked abandoned, in milliseconds; more than the longest batch', 600_000, 1000, 86_400_000),
  reapIntervalMs: integer('SYNC_REAP_INTERVAL_MS', 'how often each worker looks for stale runs, in milliseconds', 60_000, 1000, 86_400_000),
  retryLimit: integer('SYNC_RETRY_LIMIT', 'retries of a failed or timed-out run before it waits for its next schedule', 3, 0, 100),
  retryDelaySeconds: integer('SYNC_RETRY_DELAY_SECONDS', 'delay before the first retry of a run, in seconds; doubles with each retry, with jitter', 60, 1, 86_400),
  retryMaxDelaySeconds: integer('SYNC_RETRY_MAX_DELAY_SECONDS', 'longest delay before a retry of a run, in seconds', 900, 1, 86_400),
  jobHeartbeatSeconds: integer('SYNC_JOB_HEARTBEAT_SECONDS', 'a job whose worker stopped confirming it for this long (killed) is failed and retried elsewhere, in seconds', 30, 10, 3600),
  pollIntervalMs: integer('SYNC_POLL_INTERVAL_MS', 'how often an idle worker asks each source queue for a job, in milliseconds', 2000, 500, 600_000),
  queuePoolSize: integer('SYNC_QUEUE_POOL_SIZE', 'database connections of the job queue (pg-boss), per process', 4, 2, 100),
};

/** The sync worker's settings; `schedules` has every source's cron expression, null when off. */
export type SchedulerSettings = SettingsOf<typeof schedulerSpec> & { schedules: Record<string, string | null>; run: RunSettings };


/**
 * Reads the SYNC_* settings, including one SYNC_SCHEDULE_<SOURCE> override per source named, and
 * throws one ConfigError listing every bad variable.
 */
export function readSchedulerSettings(sourceNames: readonly string[], env: NodeJS.ProcessEnv = process.env): SchedulerSettings {
  const problems: string[] = [];
  const collect = collectProblems(problems);
  const base = collect(() => readSettings(schedulerSpec, env));
  const fallback = base?.defaultSchedule ?? null;
  const perSource = Object.fromEntries(sourceNames.map((name) => [name, scheduleSetting(scheduleEnvOf(name), `when ${name} is synced`, fallback)]));
  const schedules = collect(() => readSettings(perSource, env));
  if (base && base.retryMaxDelaySeconds < base.retryDelaySeconds) {
    problems.push(`SYNC_RETRY_MAX_DELAY_SECONDS=${base.retryMaxDelaySeconds} is less than SYNC_RETRY_DELAY_SECONDS=${base.retryDelaySeconds}`);
  }
  const run = collect(() => readRunSettings(env));
  if (!base || !schedules || !run || problems.length > 0) throw new ConfigError(problems);
  return { ...base, schedules: schedules as Record<string, string | null>, run };
}
