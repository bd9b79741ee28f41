import type { Logger } from '@keyfield/core';
import { Client } from 'pg';

/**
 * First key of the advisory locks sync runs hold (`pg_advisory_lock(int, int)`, "kf"); the second is
 * `hashtext(source)`. Advisory locks are per database, and a dead session's locks go with it.
 */
export const SOURCE_LOCK_CLASS = 0x6b66;

/** Another live process holds the source's run lock: this run would overlap it. */
export class SourceBusyError extends Error {
  constructor(readonly source: string) {
    super(`${source} is already being synced by another live worker process; this run waits for its retry`);
    this.name = 'SourceBusyError';
  }
}

/**
 * Runs `work` holding the source's advisory lock on a connection of its own (outside the pool, so
 * a worker running many sources cannot starve its runs of connections). The queue's `stately`
 * policy already keeps one job per source active; the lock also covers a job pg-boss gave up on
 * (expired, heartbeat lost) while its handler still runs, and tells the reaper a run is alive.
 */
export async function withSourceLock<T>(databaseUrl: string, source: string, logger: Logger, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'keyfield-sync-lock' });
  client.on('error', (err) => logger.error({ err: err.message, source }, 'sync lock connection lost; the queue policy still guards the source'));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [SOURCE_LOCK_CLASS, source]);
    if (!rows[0]?.locked) throw new SourceBusyError(source);
    return await work();
  } finally {
    // Closing the session releases the lock.
    await client.end().catch(() => undefined);
  }
}
