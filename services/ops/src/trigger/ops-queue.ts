import type { Logger } from '@keyfield/core';
import { startSyncBoss } from '@keyfield/sync';
import type { QueueStarter } from './sync-trigger.service';

/** Connections of the ops process's job queue client: it only sends jobs. */
const QUEUE_POOL_SIZE = 2;

/** The job queue on the service database, as a client that only queues runs (no maintenance, no cron). */
export function opsQueue(databaseUrl: string, logger: Logger): QueueStarter {
  return () => startSyncBoss({ databaseUrl, logger, poolSize: QUEUE_POOL_SIZE, maintenance: false, applicationName: 'keyfield-ops-queue' });
}

/** For processes that queue nothing (the quarantine CLI, tests): triggering is a bug there. */
export const noQueue: QueueStarter = () => Promise.reject(new Error('this process has no job queue: pass OpsOptions.queue'));
