import type { PgBoss } from 'pg-boss';
import { syncQueueName } from './queue-name';
import { SYNC_QUEUE_POLICY, syncQueueOptions } from './queue-options';
import { scheduleEnvOf } from './schedule-setting';
import type { SchedulerSettings } from './settings';
import { jobSlot, type SyncJobData } from './sync-job';

async function prepareQueue(boss: PgBoss, name: string, settings: SchedulerSettings): Promise<void> {
  const options = syncQueueOptions(settings);
  // createQueue does nothing for an existing queue; updateQueue brings its options up to date.
  await boss.createQueue(name, { policy: SYNC_QUEUE_POLICY, ...options });
  await boss.updateQueue(name, options);
  const queue = await boss.getQueue(name);
  if (queue?.policy !== SYNC_QUEUE_POLICY) {
    throw new Error(`queue ${name} has policy ${queue?.policy ?? '∅'}, not ${SYNC_QUEUE_POLICY}: one run per source is not guaranteed. Delete the queue (pg-boss deleteQueue) and restart the worker.`);
  }
}

/** Registers one schedule of a queue (`key` tells a queue's schedules apart), or removes it when off. */
async function scheduleOne(boss: PgBoss, name: string, key: string, cron: string | null, data: SyncJobData, settings: SchedulerSettings, variable: string): Promise<void> {
  if (cron === null) {
    await boss.unschedule(name, key);
    return;
  }
  try {
    // `missed: once`: after every worker was down, one run on recovery, not one per missed tick.
    await boss.schedule(name, cron, data, { tz: settings.timezone, missed: 'once', key, ...jobSlot(data.mode ?? 'incremental') });
  } catch (err) {
    throw new Error(`${variable} is not valid: "${cron}" in ${settings.timezone}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function scheduleQueue(boss: PgBoss, source: string, name: string, settings: SchedulerSettings): Promise<void> {
  // Schedules registered before queues had several carry the empty key.
  await boss.unschedule(name, '');
  await scheduleOne(boss, name, 'incremental', settings.schedules[source] ?? null, { trigger: 'schedule' }, settings, `${scheduleEnvOf(source)} (or SYNC_SCHEDULE)`);
  await scheduleOne(boss, name, 'full', settings.fullSchedule, { trigger: 'schedule', mode: 'full' }, settings, 'SYNC_FULL_SCHEDULE');
}

/**
 * Creates (or updates) one queue per source with the sync policy and options, and registers or
 * removes its cron schedule. Safe to run from several workers at once: pg-boss serialises queue
 * creation and keeps one schedule per queue; the cron tick is sent once whatever the worker count.
 */
export async function prepareQueues(boss: PgBoss, sources: readonly string[], settings: SchedulerSettings): Promise<void> {
  for (const source of sources) {
    const name = syncQueueName(source);
    await prepareQueue(boss, name, settings);
    await scheduleQueue(boss, source, name, settings);
  }
}
