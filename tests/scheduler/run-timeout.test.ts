import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource, triggerSync, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';
import { runsOf } from './support/sync-runs';
import { startTestWorker, type TestWorker } from './support/test-worker';
import { waitFor } from './support/wait-for';

const logger = createLogger('timeout-test', 'silent');
const PENALTIES: [string, string] = ['credit.penalty', 'decision_number, authority_code'];
let sim: Simulator;
let penalties: AnySource;
const opened: { database: TestDatabase; db: DataSource }[] = [];
let worker: TestWorker | undefined;

beforeAll(async () => {
  sim = createSimulator({ seed: 47, size: 6000 });
  const url = await sim.listen(0);
  const source = sourcesFor(url).find((s) => s.name === 'credit/xzcf');
  if (!source) throw new Error('no credit/xzcf source');
  penalties = source;
});

afterAll(async () => {
  await worker?.stop();
  await sim.close();
  for (const o of opened) {
    await o.db.destroy();
    await o.database.drop();
  }
});

async function database(prefix: string): Promise<{ database: TestDatabase; db: DataSource }> {
  const o = await migratedDatabase(prefix);
  opened.push(o);
  return o;
}

test('a run that reaches the run timeout ends timed_out; the next run resumes from its cursor to the same final state', async () => {
  const reference = await database('kf_sched_timeout_ref');
  const full = await runSource(reference.db, penalties, { logger });
  const { database: target, db } = await database('kf_sched_timeout');

  // ~60 pages at 100 ms each cannot finish within the 4 s timeout; the first groups commit well before it.
  sim.faults.inject({ kind: 'delay', path: '/credit/sgs/xzcf', rate: 1, delayMs: 100 });
  worker = await startTestWorker(target.url, [penalties], 'w-timeout', { SYNC_RUN_TIMEOUT_MS: '4000', SYNC_RETRY_LIMIT: '5' });
  await triggerSync(worker.boss, penalties.name);

  const timedOut = await waitFor('a timed-out run', async () => (await runsOf(db, penalties.name)).find((r) => r.status === 'timed_out'));
  sim.faults.clear();
  expect(timedOut.error).toContain('run timeout of 4000 ms');
  expect(timedOut.counts['batches']).toBeGreaterThan(0);
  const [committed] = (await db.query('SELECT count(*)::int AS n FROM credit.penalty')) as [{ n: number }];
  expect(committed.n).toBeGreaterThan(0);
  expect(committed.n).toBeLessThan(full.fetched);

  // The queue retries the job (with backoff) and the retry resumes from the committed cursor.
  const resumed = await waitFor('the retried run to succeed', async () => (await runsOf(db, penalties.name)).find((r) => r.status === 'succeeded'));
  expect(resumed.trigger).toBe('manual');
  expect(resumed.counts['fetched']).toBeLessThan(full.fetched);
  expect(await fingerprint(db, ...PENALTIES)).toEqual(await fingerprint(reference.db, ...PENALTIES));
  expect((await runsOf(db, penalties.name)).filter((r) => r.status === 'running')).toEqual([]);
});
