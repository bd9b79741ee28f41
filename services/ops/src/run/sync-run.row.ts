import { shanghaiIso } from '../shared/timestamps';
import type { SyncRun, SyncRunCounts } from './sync-run.type';

/** The SELECT list of a run, under the names of SyncRun (alias `r`). */
export const RUN_COLUMNS = `r.id::text AS id, r.source, r.status, r.trigger, r.mode, r.worker,
  ${shanghaiIso('r.started_at')} AS "startedAt", ${shanghaiIso('r.finished_at')} AS "finishedAt",
  ${shanghaiIso('r.heartbeat_at')} AS "heartbeatAt",
  greatest(0, extract(epoch FROM now() - r.heartbeat_at))::int AS "heartbeatAgeSeconds",
  extract(epoch FROM coalesce(r.finished_at, now()) - r.started_at)::float8 AS "durationSeconds",
  r.counts, r.error`;

export interface RunRow extends Omit<SyncRun, 'counts'> {
  counts: Partial<Record<keyof SyncRunCounts, number>> | null;
}

const COUNT_FIELDS = ['fetched', 'inserted', 'updated', 'unchanged', 'withdrawn', 'quarantined', 'batches'] as const;
// Only full runs record their reconciliation; absent means "not a full run", not zero.
const DRIFT_FIELDS = ['stored', 'pulled', 'vanishing'] as const;

export function toRun(row: RunRow): SyncRun {
  const c = row.counts ?? {};
  const counts = {
    ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, Number(c[f] ?? 0)])),
    ...Object.fromEntries(DRIFT_FIELDS.map((f) => [f, c[f] === undefined || c[f] === null ? null : Number(c[f])])),
  } as unknown as SyncRunCounts;
  return { ...row, counts };
}
