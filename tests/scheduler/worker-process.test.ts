import { spawn, type ChildProcess } from 'node:child_process';
import { createLogger, type TestDatabase } from '@keyfield/core';
import { startSyncBoss, syncQueueName, triggerSync } from '@keyfield/sync';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase } from '../support/credit-env';
import { runsOf } from './support/sync-runs';
import { waitFor } from './support/wait-for';
import { SERVICE_REGISTER } from '../../scripts/lib/children';

let sim: Simulator;
let simUrl: string;
let database: TestDatabase;
let db: DataSource;
let boss: PgBoss;
let child: ChildProcess | undefined;

beforeAll(async () => {
  sim = createSimulator({ seed: 71, size: 6000 });
  simUrl = await sim.listen(0);
  ({ database, db } = await migratedDatabase('kf_sched_proc'));
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await boss?.stop({ graceful: false });
  await sim.close();
  await db.destroy();
  await database.drop();
});

/** Starts `scripts/worker.ts` as `npm run worker` would; resolves to its URL once it says it is ready. */
function startWorkerProcess(env: Record<string, string>): Promise<{ process: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ['-r', SERVICE_REGISTER, 'scripts/worker.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = out.split('\n').map((line) => { try { return JSON.parse(line) as { msg?: string; url?: string }; } catch { return {}; } }).find((l) => l.msg === 'sync worker ready');
      if (ready?.url) resolve({ process: proc, url: ready.url });
    });
    proc.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready:\n${out}`)));
  });
}

test('the worker process exits 0 on SIGTERM while a run is in flight, and the run is recorded, not left running', async () => {
  sim.faults.inject({ kind: 'delay', path: '/credit/sgs/xzcf', rate: 1, delayMs: 100 });
  const worker = await startWorkerProcess({
    DATABASE_URL: database.url, UPSTREAM_CREDIT_URL: simUrl, WORKER_METRICS_PORT: '0', LOG_LEVEL: 'info',
    SYNC_SCHEDULE: 'off', SYNC_POLL_INTERVAL_MS: '500', SYNC_RETRY_DELAY_SECONDS: '60',
  });
  expect((await fetch(`${worker.url}/health`)).status).toBe(200);

  boss = await startSyncBoss({ databaseUrl: database.url, logger: createLogger('trigger', 'silent'), poolSize: 2, maintenance: false });
  const jobId = await triggerSync(boss, 'credit/xzcf');
  // In flight: running, with at least one group committed.
  await waitFor('a run in flight', async () => (await runsOf(db, 'credit/xzcf')).find((r) => r.status === 'running' && (r.counts['batches'] ?? 0) > 0));
  expect(await (await fetch(`${worker.url}/metrics`)).text()).toContain('keyfield_upstream_request_duration_seconds_count{host=');

  const exited = new Promise<number | null>((resolve) => worker.process.once('exit', (code) => resolve(code)));
  worker.process.kill('SIGTERM');
  expect(await exited).toBe(0);

  const runs = await runsOf(db, 'credit/xzcf');
  expect(runs).toHaveLength(1);
  expect(['timed_out', 'succeeded']).toContain(runs[0]?.status);
  if (runs[0]?.status === 'timed_out') {
    expect(runs[0].error).toContain('the worker is stopping');
    // The job went back to the queue, to be retried by another worker from the committed cursor.
    const [job] = await boss.findJobs(syncQueueName('credit/xzcf'), { id: jobId });
    expect(job?.state).toBe('retry');
  }
});
