import { createLogger, type TestDatabase } from '@keyfield/core';
import { prepareQueues, startSyncBoss, syncQueueName, triggerSync, UnknownSyncSourceError } from '@keyfield/sync';
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

const schedules = async () => Object.fromEntries((await boss.getSchedules()).map((s) => [s.name, `${s.cron} ${s.timezone}`]));

test('each source gets its queue and its cron schedule; an override changes one, "off" removes one', async () => {
  await prepareQueues(boss, SOURCES, testSchedulerSettings(SOURCES, { SYNC_SCHEDULE: '*/15 * * * *', SYNC_SCHEDULE_CREDIT_XZCF: '0 3 * * *', SYNC_SCHEDULE_CREDIT_QYXX: 'off' }));
  expect(await schedules()).toEqual({
    [syncQueueName('credit/xzcf')]: '0 3 * * * Asia/Shanghai',
    [syncQueueName('credit/xyxf')]: '*/15 * * * * Asia/Shanghai',
  });
  await prepareQueues(boss, SOURCES, testSchedulerSettings(SOURCES, { SYNC_SCHEDULE: 'off', SYNC_SCHEDULE_CREDIT_QYXX: '30 2 * * *', SYNC_TIMEZONE: 'UTC' }));
  expect(await schedules()).toEqual({ [syncQueueName('credit/qyxx')]: '30 2 * * * UTC' });
  expect((await boss.getQueues()).filter((q) => q.name.startsWith('sync.')).map((q) => q.name).sort()).toEqual(SOURCES.map(syncQueueName).sort());
});

test('a trigger for a source without a queue says so', async () => {
  await expect(triggerSync(boss, 'credit/nope')).rejects.toBeInstanceOf(UnknownSyncSourceError);
});
