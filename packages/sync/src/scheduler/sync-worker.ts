import type { Logger } from '@keyfield/core';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { AnySource } from '../kit/table';
import { prepareQueues } from './prepare-queues';
import { syncQueueName } from './queue-name';
import { runSyncJob } from './run-sync-job';
import type { SchedulerSettings } from './settings';
import { startReaper } from './start-reaper';
import type { SyncJobData } from './sync-job';

export interface SyncWorkerOptions {
  boss: PgBoss;
  db: DataSource;
  databaseUrl: string;
  sources: readonly AnySource[];
  settings: SchedulerSettings;
  logger: Logger;
  /** Recorded on each run; host:pid for a worker process. */
  workerId: string;
}

/** A worker taking sync jobs of every source. */
export interface SyncWorker {
  readonly workerId: string;
  /** Stops taking jobs, aborts the runs in progress after their current batch, waits for them. */
  stop(): Promise<void>;
}

/** The worker has stopped (SIGTERM, SIGINT): runs end after their current batch commits. */
export class WorkerStopping extends Error {
  constructor() {
    super('the worker is stopping');
    this.name = 'WorkerStopping';
  }
}

/**
 * Prepares every source's queue and schedule, then works them: each queue one job at a time in this
 * process (the queue's policy makes it one at a time across all processes), and reaps stale runs.
 * The boss stays the caller's to stop once this worker has stopped.
 */
export async function startSyncWorker(options: SyncWorkerOptions): Promise<SyncWorker> {
  const { boss, settings, logger } = options;
  await prepareQueues(boss, options.sources.map((s) => s.name), settings);
  const stopping = new AbortController();
  const queues: string[] = [];
  for (const source of options.sources) {
    const name = syncQueueName(source.name);
    const ctx = { db: options.db, databaseUrl: options.databaseUrl, source, runTimeoutMs: settings.runTimeoutMs, stopping: stopping.signal, logger, workerId: options.workerId, run: settings.run };
    await boss.work<SyncJobData>(name, { batchSize: 1, pollingIntervalSeconds: settings.pollIntervalMs / 1000 }, async ([job]) => (job ? runSyncJob(job, ctx) : undefined));
    queues.push(name);
  }
  const reaper = startReaper(options.db, { staleRunMs: settings.staleRunMs, intervalMs: settings.reapIntervalMs }, logger);
  return {
    workerId: options.workerId,
    async stop() {
      // offWork stops the fetch loops at once and resolves when their handlers have returned.
      const drained = Promise.all(queues.map((name) => boss.offWork(name, { wait: true })));
      stopping.abort(new WorkerStopping());
      await drained;
      await reaper.stop();
    },
  };
}
