import { createLogger, type Logger } from '@keyfield/core';
import { readSchedulerSettings, startSyncBoss, startSyncWorker, type AnySource, type SchedulerSettings, type SyncWorker } from '@keyfield/sync';
import type { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';

/** One worker as a worker process has it: its own pool, its own pg-boss instance. */
export interface TestWorker {
  boss: PgBoss;
  worker: SyncWorker;
  stop(): Promise<void>;
}

/** Scheduler settings for tests: no cron schedule, quick polls and retries; `env` overrides. */
export function testSchedulerSettings(sourceNames: readonly string[], env: Record<string, string> = {}): SchedulerSettings {
  return readSchedulerSettings(sourceNames, {
    SYNC_SCHEDULE: 'off', SYNC_FULL_SCHEDULE: 'off', SYNC_POLL_INTERVAL_MS: '500', SYNC_RETRY_DELAY_SECONDS: '1', SYNC_QUEUE_POOL_SIZE: '3', ...env,
  });
}

export async function startTestWorker(databaseUrl: string, sources: readonly AnySource[], workerId: string, env: Record<string, string> = {}, logger: Logger = createLogger(workerId, 'silent')): Promise<TestWorker> {
  const settings = testSchedulerSettings(sources.map((s) => s.name), env);
  const db = new DataSource({ type: 'postgres', url: databaseUrl, extra: { max: 4 } });
  await db.initialize();
  const boss = await startSyncBoss({ databaseUrl, logger, poolSize: settings.queuePoolSize });
  const worker = await startSyncWorker({ boss, db, databaseUrl, sources, settings, logger, workerId });
  return {
    boss,
    worker,
    async stop() {
      await worker.stop();
      await boss.stop({ graceful: true });
      await db.destroy();
    },
  };
}
