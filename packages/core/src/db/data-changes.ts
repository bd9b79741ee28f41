import type { Queryable } from '../pagination/keyset';

/**
 * The Postgres channel on which every write path announces that records changed; the gateway
 * listens on it to drop cached public responses. The payload is the table (`credit.penalty`).
 */
export const DATA_CHANGED_CHANNEL = 'keyfield_data_changed';

/**
 * Announces, inside the writing transaction, that `table` changed: Postgres delivers the
 * notification when (and only if) the transaction commits, and once per table per transaction.
 */
export async function announceDataChanged(db: Queryable, table: string): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [DATA_CHANGED_CHANNEL, table]);
}

/** Announces a write that changed rows of `table` (inserted, updated or withdrawn any); a no-op write announces nothing. */
export async function announceWritten(db: Queryable, table: string, written: { inserted: number; updated: number; withdrawn: number }): Promise<void> {
  if (written.inserted + written.updated + written.withdrawn > 0) await announceDataChanged(db, table);
}
