import type { Queryable } from '@keyfield/core';

/** A row of sync.run as the tests read it. */
export interface RunRow {
  id: string;
  source: string;
  status: string;
  trigger: string;
  worker: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  counts: Record<string, number>;
  error: string | null;
}

/** Every run, of one source or all, in start order. */
export async function runsOf(db: Queryable, source?: string): Promise<RunRow[]> {
  return (await db.query(
    `SELECT id::text AS id, source, status, trigger, worker, started_at AS "startedAt", finished_at AS "finishedAt", counts, error
     FROM sync.run WHERE $1::text IS NULL OR source = $1 ORDER BY started_at, id`,
    [source ?? null],
  )) as RunRow[];
}
