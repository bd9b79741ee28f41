import type { PgBoss } from 'pg-boss';
import { syncQueueName } from './queue-name';
import { jobSlot, type SyncJobData } from './sync-job';

/** No queue exists for the source: an unknown source name, or no worker has started yet. */
export class UnknownSyncSourceError extends Error {
  constructor(readonly source: string) {
    super(`no sync queue for "${source}": not a known source, or no sync worker has started yet`);
    this.name = 'UnknownSyncSourceError';
  }
}

/**
 * Asks for a run of `source` now (trigger `manual`; `full` for a reconciliation); resolves to the id of
 * the job that will do it.
 * A run already waiting in the queue (the `stately` policy keeps one) is that job, so triggering
 * twice while a run waits asks for one run, not two. A run in progress is not interrupted: the
 * triggered run starts after it.
 */
export async function triggerSync(boss: PgBoss, source: string, mode: 'incremental' | 'full' = 'incremental'): Promise<string> {
  const name = syncQueueName(source);
  if (!(await boss.getQueue(name))) throw new UnknownSyncSourceError(source);
  const data: SyncJobData = { trigger: 'manual', mode };
  // Between a refused send and the lookup the waiting job may have started; then the send succeeds.
  for (let tries = 0; tries < 5; tries++) {
    const id = await boss.send(name, data, jobSlot(mode));
    if (id) return id;
    const queued = await boss.findJobs<SyncJobData>(name, { queued: true });
    const same = queued.filter((job) => (job.data?.mode ?? 'incremental') === mode);
    const waiting = same.find((job) => job.state === 'created') ?? same[0];
    if (waiting) return waiting.id;
  }
  throw new Error(`could not queue a run of ${source}: the queue refused it and holds no waiting run`);
}
