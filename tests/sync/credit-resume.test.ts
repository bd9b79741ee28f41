import { spawn } from 'node:child_process';
import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { CREDIT_TABLES, fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';

const logger = createLogger('resume-test', 'silent');
let sim: Simulator;
let baseUrl: string;
let reference: { table: string; rows: number; hash: string }[];
let total = 0;
const opened: { database: TestDatabase; db: DataSource }[] = [];

async function syncAll(db: DataSource): Promise<void> {
  for (const source of sourcesFor(baseUrl)) await runSource(db, source, { logger });
}

const tables = (db: DataSource) => Promise.all(CREDIT_TABLES.map(async ([t, k]) => ({ table: t, ...(await fingerprint(db, t, k)) })));
const committedRows = async (db: DataSource): Promise<number> => (await tables(db)).reduce((n, t) => n + t.rows, 0);

/** A deterministic point in [lo, hi) from a seed (where to kill). */
const pointFor = (seed: number, lo: number, hi: number): number => lo + ((seed * 2654435761) % 4294967296) % (hi - lo);

beforeAll(async () => {
  sim = createSimulator({ seed: 23, size: 3000 });
  baseUrl = await sim.listen(0);
  const ref = await migratedDatabase('kf_resume_ref');
  opened.push(ref);
  await syncAll(ref.db);
  reference = await tables(ref.db);
  total = reference.reduce((n, t) => n + t.rows, 0);
}, 120_000);

afterAll(async () => {
  await sim.close();
  for (const o of opened) {
    await o.db.destroy();
    await o.database.drop();
  }
});

test.each([1, 2, 3])('kill -9 at a random point of a sync (seed %i), then resume: the same final state as an uninterrupted one', async (seed) => {
  const killed = await migratedDatabase(`kf_resume_${seed}`);
  opened.push(killed);
  const killAt = pointFor(seed, 100, total - 100);
  // Slow every answer a little while the process runs, so the kill lands before it is done.
  sim.faults.inject({ kind: 'delay', delayMs: 20, rate: 1, path: '/credit' });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/sync.ts', 'credit'], {
    env: { ...process.env, DATABASE_URL: killed.database.url, UPSTREAM_CREDIT_URL: baseUrl, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && child.exitCode === null && (await committedRows(killed.db)) < killAt) {
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  await exited;
  sim.faults.clear();
  const partial = await committedRows(killed.db);
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(total);

  await syncAll(killed.db);
  expect(await tables(killed.db)).toEqual(reference);
});
