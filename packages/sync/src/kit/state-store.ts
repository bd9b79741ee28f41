import type { Queryable } from '@keyfield/core';

/** The committed cursor state of a source, or undefined before its first run. */
export async function loadState<S>(db: Queryable, source: string): Promise<S | undefined> {
  const rows = (await db.query('SELECT cursor FROM sync.state WHERE source = $1', [source])) as { cursor: S }[];
  return rows[0]?.cursor;
}

/** Stores the cursor state; called inside the batch's transaction so both commit together. */
export async function saveState<S>(db: Queryable, source: string, state: S): Promise<void> {
  await db.query(
    `INSERT INTO sync.state (source, cursor, updated_at) VALUES ($1, $2::jsonb, now())
     ON CONFLICT (source) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`,
    [source, JSON.stringify(state)],
  );
}
