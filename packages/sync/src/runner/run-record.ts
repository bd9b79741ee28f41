import type { Queryable } from '@keyfield/core';
import type { SyncCounts } from './counts';

/** How a run was started (`push`: records a sync job pushed through the API). */
export type RunTrigger = 'cli' | 'schedule' | 'manual' | 'start' | 'push';
/** What a run does: follow the cursor, compare a complete pull, re-convert archived bytes, or apply a pushed batch. */
export type RunMode = 'incremental' | 'full' | 'replay' | 'push';
/** How a run ended. */
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'timed_out' | 'held' | 'abandoned';

/** Opens a run row; its heartbeat moves with every committed batch. */
export async function openRun(db: Queryable, source: string, trigger: RunTrigger, mode: RunMode, worker: string | null): Promise<string> {
  const rows = (await db.query(
    `INSERT INTO sync.run (source, status, trigger, mode, worker) VALUES ($1, 'running', $2, $3, $4) RETURNING id::text AS id`,
    [source, trigger, mode, worker],
  )) as { id: string }[];
  return rows[0]?.id ?? '';
}

/** Records progress (inside the batch transaction): counts so far and a fresh heartbeat. */
export async function beat(db: Queryable, runId: string, counts: SyncCounts): Promise<void> {
  await db.query('UPDATE sync.run SET heartbeat_at = now(), counts = $2 WHERE id = $1', [runId, counts.snapshot()]);
}

/** Closes a run with its final status, counts and error. */
export async function closeRun(db: Queryable, runId: string, status: RunStatus, counts: SyncCounts, error: string | null): Promise<void> {
  await db.query(
    'UPDATE sync.run SET status = $2, finished_at = now(), heartbeat_at = now(), counts = $3, error = $4 WHERE id = $1',
    [runId, status, counts.snapshot(), error],
  );
}
