import { metricsRegistry } from '@keyfield/core';
import { Counter, Gauge, Histogram } from 'prom-client';

// Labels are bounded sets only: a source name (`credit/xzcf`), a run status, an outcome. Never a
// URL, a record key or an error message — each distinct value is a new series in Prometheus.
const registers = [metricsRegistry];

/** Runs finished, by source and final status (succeeded, failed, timed_out, held, abandoned). */
export const syncRunsTotal = new Counter({
  name: 'keyfield_sync_runs_total',
  help: 'Sync runs finished, by source and final status',
  labelNames: ['source', 'status'] as const,
  registers,
});

/** Records a run handled, by outcome; `quarantined` counts records that could not be stored. */
export const syncRecordsTotal = new Counter({
  name: 'keyfield_sync_records_total',
  help: 'Records handled by sync runs, by source and outcome (inserted, updated, unchanged, withdrawn, quarantined)',
  labelNames: ['source', 'outcome'] as const,
  registers,
});

/** Wall time of a run from its start to its final status, in seconds. */
export const syncRunDurationSeconds = new Histogram({
  name: 'keyfield_sync_run_duration_seconds',
  help: 'Duration of a sync run, in seconds, by source and final status',
  labelNames: ['source', 'status'] as const,
  buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200],
  registers,
});

/** How far the committed cursor is behind now, in seconds (since-cursors only; absent when unknown). */
export const syncLagSeconds = new Gauge({
  name: 'keyfield_sync_lag_seconds',
  help: 'Seconds between now and the upstream change time (SJC) a source\'s cursor has reached; absent when unknown',
  labelNames: ['source'] as const,
  registers,
});

/** Quarantine entries not yet resolved, per source (隔离区). */
export const syncQuarantineOpen = new Gauge({
  name: 'keyfield_sync_quarantine_open',
  help: 'Open (unresolved) quarantine entries, by source',
  labelNames: ['source'] as const,
  registers,
});

/** Snapshots held for a person to release or discard (1 or 0 per source). */
export const syncHeldSnapshotsOpen = new Gauge({
  name: 'keyfield_sync_held_snapshots_open',
  help: 'Snapshots held for an operator decision, by source',
  labelNames: ['source'] as const,
  registers,
});

/** Seconds since the heartbeat of a running run; a growing value is a stuck run. */
export const syncRunHeartbeatAgeSeconds = new Gauge({
  name: 'keyfield_sync_run_heartbeat_age_seconds',
  help: 'Seconds since the last heartbeat of the running sync run of a source; absent when none runs',
  labelNames: ['source'] as const,
  registers,
});
