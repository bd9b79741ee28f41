import { createLogger, type TestDatabase } from '@keyfield/core';
import { prepareQueues, readSchedulerSettings, startSyncBoss, syncQueueName, triggerSync, UnknownSyncSourceError } from '@keyfield/sync';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { migratedDatabase } from '../support/credit-env';
import { testSchedulerSettings } from './support/test-worker';

const SOURCES = ['credit/qyxx', 'credit/xzcf', 'credit/xyxf'];
let database: TestDatabase;
let db: DataSource;
let boss: PgBoss;

beforeAll(async () => {
  ({ database, db } = await migratedDatabase('kf_sched_cron'));
  // No maintenance: nothing here may send a scheduled job.
  boss = await startSyncBoss({ databaseUrl: database.url, logger: createLogger('cron-test', 'silent'), poolSize: 2, maintenance: false });
});

afterAll(async () => {
  await boss.stop({ graceful: false });
  await db.destroy();
  await database.drop();
});

const schedules = async () => Object.fromEntries((await boss.getSchedules()).map((s) => [`${s.name}/${s.key}`, `${s.cron} ${s.timezone}${(s.data as { mode?: string } | null)?.mode === 'full' ? ' full' : ''}`]));

test('each source gets its queue and its cron schedule; an override changes one, "off" removes one', async () => {
  await prepareQueues(boss, SOURCES, testSchedulerSettings(SOURCES, { SYNC_SCHEDULE: '*/15 * * * *', SYNC_SCHEDULE_CREDIT_XZCF: '0 3 * * *', SYNC_SCHEDULE_CREDIT_QYXX: 'off', SYNC_FULL_SCHEDULE: 'off' }));
  expect(await schedules()).toEqual({
    [`${syncQueueName('credit/xzcf')}/incremental`]: '0 3 * * * Asia/Shanghai',
    [`${syncQueueName('credit/xyxf')}/incremental`]: '*/15 * * * * Asia/Shanghai',
  });
  await prepareQueues(boss, SOURCES, testSchedulerSettings(SOURCES, { SYNC_SCHEDULE: 'off', SYNC_SCHEDULE_CREDIT_QYXX: '30 2 * * *', SYNC_TIMEZONE: 'UTC', SYNC_FULL_SCHEDULE: 'off' }));
  expect(await schedules()).toEqual({ [`${syncQueueName('credit/qyxx')}/incremental`]: '30 2 * * * UTC' });
});

test('every source also gets a full reconciliation on its own schedule, whose jobs say so', async () => {
  expect(readSchedulerSettings(SOURCES, {}).fullSchedule).toBe('7 3 * * *');
  await prepareQueues(boss, SOURCES, testSchedulerSettings(SOURCES, { SYNC_SCHEDULE: 'off', SYNC_FULL_SCHEDULE: '7 3 * * *' }));
  expect(await schedules()).toEqual(Object.fromEntries(SOURCES.map((s) => [`${syncQueueName(s)}/full`, '7 3 * * * Asia/Shanghai full'])));
  expect((await boss.getQueues()).filter((q) => q.name.startsWith('sync.')).map((q) => q.name).sort()).toEqual(SOURCES.map(syncQueueName).sort());
});

test('a trigger for a source without a queue says so', async () => {
  await expect(triggerSync(boss, 'credit/nope')).rejects.toBeInstanceOf(UnknownSyncSourceError);
});
