import type { TestDatabase } from '@keyfield/core';
import { reapStaleRuns, SOURCE_LOCK_CLASS, triggerSync, type AnySource } from '@keyfield/sync';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';
import { runsOf } from './support/sync-runs';
import { startTestWorker, type TestWorker } from './support/test-worker';
import { waitFor } from './support/wait-for';

let sim: Simulator;
let database: TestDatabase;
let db: DataSource;
let sources: AnySource[];
let worker: TestWorker | undefined;

beforeAll(async () => {
  sim = createSimulator({ seed: 53, size: 200 });
  sources = sourcesFor(await sim.listen(0)).filter((s) => s.name === 'credit/xyxf' || s.name === 'credit/jyyc');
  ({ database, db } = await migratedDatabase('kf_sched_reap'));
});

afterAll(async () => {
  await worker?.stop();
  await sim.close();
  await db.destroy();
  await database.drop();
});

/** A `running` row as a worker leaves it when killed: its heartbeat stopped `ageMs` ago. */
async function runningRow(source: string, ageMs: number): Promise<string> {
  const [row] = (await db.query(
    `INSERT INTO sync.run (source, status, trigger, worker, started_at, heartbeat_at)
     VALUES ($1, 'running', 'schedule', 'gone-host:4242', now() - $2::int * interval '1 millisecond', now() - $2::int * interval '1 millisecond')
     RETURNING id::text AS id`, [source, ageMs])) as [{ id: string }];
  return row.id;
}

test('the reaper marks a stale running run abandoned, leaves live ones alone, and the source runs again', async () => {
  const stale = await runningRow('credit/xyxf', 3_600_000);
  const fresh = await runningRow('credit/jyyc', 0);
  // A slow but live run elsewhere: its worker still holds the source's lock.
  const holder = new Client({ connectionString: database.url });
  await holder.connect();
  await holder.query('SELECT pg_advisory_lock($1, hashtext($2))', [SOURCE_LOCK_CLASS, 'credit/sxbzxr']);
  const slow = await runningRow('credit/sxbzxr', 3_600_000);
  const reaped = await reapStaleRuns(db, 600_000);
  expect(reaped).toEqual([{ id: stale, source: 'credit/xyxf', worker: 'gone-host:4242' }]);
  expect(await reapStaleRuns(db, 600_000)).toEqual([]);
  const byId = new Map((await runsOf(db)).map((r) => [r.id, r]));
  expect(byId.get(stale)).toMatchObject({ status: 'abandoned', error: expect.stringContaining('no heartbeat') });
  expect(byId.get(stale)?.finishedAt).not.toBeNull();
  expect(byId.get(fresh)?.status).toBe('running');
  expect(byId.get(slow)?.status).toBe('running');
  // Once the session holding the lock is gone (its worker died), that run is reaped too.
  await holder.end();
  expect((await reapStaleRuns(db, 600_000)).map((r) => r.id)).toEqual([slow]);

  worker = await startTestWorker(database.url, sources, 'w-reap');
  await triggerSync(worker.boss, 'credit/xyxf');
  const rerun = await waitFor('a new run of the reaped source', async () => (await runsOf(db, 'credit/xyxf')).find((r) => r.id !== stale && r.status !== 'running'));
  expect(rerun.status).toBe('succeeded');
});
