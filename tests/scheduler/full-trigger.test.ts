import { type TestDatabase } from '@keyfield/core';
import { triggerSync } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';
import { runsOf } from './support/sync-runs';
import { startTestWorker, type TestWorker } from './support/test-worker';
import { waitFor } from './support/wait-for';

let sim: Simulator;
let opened: { database: TestDatabase; db: DataSource };
let worker: TestWorker;

beforeAll(async () => {
  sim = createSimulator({ seed: 53, size: 300 });
  const url = await sim.listen(0);
  const source = sourcesFor(url).find((s) => s.name === 'credit/xzcf');
  if (!source) throw new Error('no credit/xzcf source');
  opened = await migratedDatabase('kf_sched_full');
  worker = await startTestWorker(opened.database.url, [source], 'full-worker');
});

afterAll(async () => {
  await worker.stop();
  await sim.close();
  await opened.db.destroy();
  await opened.database.drop();
});

test('a run triggered as full reconciles: the worker runs it in full mode and records the drift', async () => {
  await triggerSync(worker.boss, 'credit/xzcf');
  await waitFor('the incremental run', async () => (await runsOf(opened.db, 'credit/xzcf')).find((r) => r.status === 'succeeded'));
  await triggerSync(worker.boss, 'credit/xzcf', 'full');
  const [full] = (await waitFor('the full run', async () => {
    const rows = (await opened.db.query(`SELECT mode, status, counts FROM sync.run WHERE source = 'credit/xzcf' AND mode = 'full' AND status <> 'running'`)) as { mode: string; status: string; counts: Record<string, number> }[];
    return rows.length > 0 ? rows : undefined;
  })) as { mode: string; status: string; counts: Record<string, number> }[];
  expect(full).toMatchObject({ mode: 'full', status: 'succeeded' });
  expect(full?.counts).toMatchObject({ vanishing: 0, inserted: 0 });
  expect(full?.counts['pulled']).toBeGreaterThan(250);
});
