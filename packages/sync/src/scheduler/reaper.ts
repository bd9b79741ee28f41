import type { Queryable } from '@keyfield/core';
import { syncRunsTotal } from '../observe/metrics';
import { SOURCE_LOCK_CLASS } from './source-lock';

/** A run the reaper closed. */
export interface ReapedRun {
  id: string;
  source: string;
  worker: string | null;
}

// A run whose source lock a live session holds is slow, not dead: it is left alone. Runs started
// outside the worker (the CLI) hold no lock and are judged by their heartbeat alone.
const REAP = `
  WITH reaped AS (
    UPDATE sync.run r
    SET status = 'abandoned', finished_at = now(),
        error = 'no heartbeat for over ' || ($1::bigint / 1000) || ' s: its worker process is gone (killed or crashed)'
    WHERE r.status = 'running'
      AND r.heartbeat_at < now() - $1::bigint * interval '1 millisecond'
      AND NOT EXISTS (
        SELECT 1 FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.granted
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.classid = $2::int::oid AND l.objid = hashtext(r.source)::oid AND l.objsubid = 2)
    RETURNING r.id::text AS id, r.source, r.worker)
  SELECT id, source, worker FROM reaped`;

/**
 * Marks `running` runs whose heartbeat is older than `staleRunMs` as `abandoned` — what a worker
 * killed with kill -9 leaves behind. Nothing else has to be undone: the cursor only moved with
 * committed batches, and the queue retries the source's job once pg-boss sees the job's heartbeat stop.
 */
export async function reapStaleRuns(db: Queryable, staleRunMs: number): Promise<ReapedRun[]> {
  const reaped = (await db.query(REAP, [staleRunMs, SOURCE_LOCK_CLASS])) as ReapedRun[];
  for (const run of reaped) syncRunsTotal.inc({ source: run.source, status: 'abandoned' });
  return reaped;
}
