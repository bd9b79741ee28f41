import { ConfigError } from '@keyfield/core';
import { syncQueueName } from '../queue-name';
import { syncQueueOptions } from '../queue-options';
import { scheduleEnvOf } from '../schedule-setting';
import { readSchedulerSettings } from '../settings';

const SOURCES = ['credit/xzcf', 'credit/qyxx'];

test('every source runs every 15 minutes, Shanghai time, unless told otherwise', () => {
  const s = readSchedulerSettings(SOURCES, {});
  expect(s.schedules).toEqual({ 'credit/xzcf': '*/15 * * * *', 'credit/qyxx': '*/15 * * * *' });
  expect(s.timezone).toBe('Asia/Shanghai');
});

test('SYNC_SCHEDULE_<SOURCE> overrides one source, and "off" turns a schedule off', () => {
  expect(scheduleEnvOf('credit/xzcf')).toBe('SYNC_SCHEDULE_CREDIT_XZCF');
  const s = readSchedulerSettings(SOURCES, { SYNC_SCHEDULE: 'off', SYNC_SCHEDULE_CREDIT_XZCF: '0  3 * * *' });
  expect(s.schedules).toEqual({ 'credit/xzcf': '0 3 * * *', 'credit/qyxx': null });
});

test('bad values stop the worker with every bad variable named', () => {
  const problemsOf = (env: NodeJS.ProcessEnv): string => {
    try {
      readSchedulerSettings(SOURCES, env);
    } catch (err) {
      if (err instanceof ConfigError) return err.problems.join('\n');
      throw err;
    }
    return '';
  };
  const problems = problemsOf({ SYNC_SCHEDULE_CREDIT_QYXX: 'hourly', SYNC_RUN_TIMEOUT_MS: '5 minutes' });
  for (const name of ['SYNC_SCHEDULE_CREDIT_QYXX', 'SYNC_RUN_TIMEOUT_MS']) expect(problems).toContain(name);
  expect(problemsOf({ SYNC_RETRY_DELAY_SECONDS: '600', SYNC_RETRY_MAX_DELAY_SECONDS: '60' })).toContain('SYNC_RETRY_MAX_DELAY_SECONDS');
});

test('one queue per source; the queue expires a job only after the run timeout has had its chance', () => {
  expect(syncQueueName('credit/xzcf')).toBe('sync.credit.xzcf');
  const options = syncQueueOptions(readSchedulerSettings(SOURCES, { SYNC_RUN_TIMEOUT_MS: '90500', SYNC_EXPIRY_MARGIN_SECONDS: '60' }));
  expect(options.expireInSeconds).toBe(91 + 60);
  expect(options.retryBackoff).toBe(true);
});
