import type { TestDatabase } from '@keyfield/core';
import { prepareQueues, SYNC_QUEUE_POLICY, syncQueueName, triggerSync, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';
import { runsOf, type RunRow } from './support/sync-runs';
import { startTestWorker, testSchedulerSettings, type TestWorker } from './support/test-worker';
import { waitFor } from './support/wait-for';

let sim: Simulator;
let database: TestDatabase;
let db: DataSource;
let sources: AnySource[];
const workers: TestWorker[] = [];

beforeAll(async () => {
  sim = createSimulator({ seed: 31, size: 300 });
  const url = await sim.listen(0);
  ({ database, db } = await migratedDatabase('kf_sched_two'));
  sources = sourcesFor(url);
  // Two workers started at once against one database, as two processes would be.
  workers.push(...(await Promise.all(['w1', 'w2'].map((id) => startTestWorker(database.url, sources, id)))));
});

afterAll(async () => {
  for (const w of workers) await w.stop();
  await sim.close();
  await db.destroy();
  await database.drop();
});

/** Runs of one source that overlap in time: each must start after the previous one finished. */
function overlaps(runs: RunRow[]): string[] {
  return runs.slice(1).flatMap((run, i) => {
    const before = runs[i];
    return before && (before.finishedAt === null || run.startedAt < before.finishedAt) ? [`run ${run.id} started before run ${before.id} finished`] : [];
  });
}

test('two workers never run one source twice at the same time, and every triggered run completes', async () => {
  // Every request slow, so runs last long enough for triggers to arrive while they are active.
  sim.faults.inject({ kind: 'delay', path: '/credit', rate: 1, delayMs: 150 });
  const triggered: { source: string; id: string }[] = [];
  for (let round = 0; round < 3; round++) {
    const ids = await Promise.all(sources.flatMap((s) => workers.map(async (w) => ({ source: s.name, id: await triggerSync(w.boss, s.name) }))));
    triggered.push(...ids);
    await new Promise((r) => setTimeout(r, 400));
  }
  const boss = workers[0]?.boss;
  if (!boss) throw new Error('no worker');
  const jobs = await waitFor('every triggered job to complete', async () => {
    const found = await Promise.all(triggered.map(async (t) => (await boss.findJobs(syncQueueName(t.source), { id: t.id }))[0]));
    return found.every((job) => job?.state === 'completed') && found;
  }, 90_000);
  // No job failed and was retried: the queue's policy alone kept the runs apart (the source lock never had to).
  expect(jobs.map((job) => job?.retryCount)).toEqual(jobs.map(() => 0));

  for (const source of sources) {
    expect((await boss.getQueue(syncQueueName(source.name)))?.policy).toBe(SYNC_QUEUE_POLICY);
    const runs = await runsOf(db, source.name);
    expect({ source: source.name, overlaps: overlaps(runs) }).toEqual({ source: source.name, overlaps: [] });
    expect({ source: source.name, statuses: [...new Set(runs.map((r) => r.status))] }).toEqual({ source: source.name, statuses: ['succeeded'] });
    // One run per distinct job: triggers that found a run waiting joined it instead of queueing another.
    const distinct = new Set(triggered.filter((t) => t.source === source.name).map((t) => t.id));
    expect({ source: source.name, runs: runs.length }).toEqual({ source: source.name, runs: distinct.size });
    expect(runs.every((r) => r.trigger === 'manual' && (r.worker === 'w1' || r.worker === 'w2'))).toBe(true);
  }
});

test('the queue itself lets one job of a source be active at a time, whichever instance asks', async () => {
  const [a, b] = workers.map((w) => w.boss);
  if (!a || !b) throw new Error('no worker');
  // A source no worker works on, so the test claims its jobs by hand.
  await prepareQueues(a, ['test/policy'], testSchedulerSettings(['test/policy']));
  const queue = syncQueueName('test/policy');
  const first = await triggerSync(a, 'test/policy');
  expect(await triggerSync(b, 'test/policy')).toBe(first);
  const [claimed] = await b.fetch(queue);
  expect(claimed?.id).toBe(first);
  const second = await triggerSync(a, 'test/policy');
  expect(second).not.toBe(first);
  expect(await a.fetch(queue)).toEqual([]);
  expect(await b.fetch(queue)).toEqual([]);
  await b.complete(queue, first);
  const [next] = await a.fetch(queue);
  expect(next?.id).toBe(second);
  await a.complete(queue, second);
});
