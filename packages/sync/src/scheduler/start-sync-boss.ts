import type { Logger } from '@keyfield/core';
import type { PgBoss } from 'pg-boss';

/** The schema pg-boss creates and migrates for itself at start, beside the services' schemas. */
export const SYNC_BOSS_SCHEMA = 'pgboss';

export interface SyncBossOptions {
  databaseUrl: string;
  logger: Logger;
  /** Connections of pg-boss's own pool. */
  poolSize: number;
  /**
   * false for a process that only queues runs (the ops API): no maintenance and no cron ticks in it.
   * Workers keep both on; pg-boss makes sure one instance does each piece of work.
   */
  maintenance?: boolean;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
}

/**
 * Starts a pg-boss instance on the service database (schema `pgboss`, created on first start) and
 * logs its errors and warnings. pg-boss is ESM-only: it is imported here, when a process actually
 * starts a queue, so that importing the sync kit (the CLI, every test) never loads it.
 */
export async function startSyncBoss(options: SyncBossOptions): Promise<PgBoss> {
  const { PgBoss } = await import('pg-boss');
  const maintenance = options.maintenance ?? true;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: SYNC_BOSS_SCHEMA,
    max: options.poolSize,
    application_name: options.applicationName ?? 'keyfield-sync-queue',
    supervise: maintenance,
    schedule: maintenance,
  });
  boss.on('error', (err: Error) => options.logger.error({ err: err.message }, 'job queue error'));
  boss.on('warning', (warning: { message: string }) => options.logger.warn({ warning: warning.message }, 'job queue warning'));
  await boss.start();
  return boss;
}
