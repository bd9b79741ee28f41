import { spawn } from 'node:child_process';
import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { CREDIT_TABLES, fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';

const logger = createLogger('resume-test', 'silent');
let sim: Simulator;
let baseUrl: string;
const opened: { database: TestDatabase; db: DataSource }[] = [];

async function syncAll(db: DataSource): Promise<void> {
  for (const source of sourcesFor(baseUrl)) await runSource(db, source, { logger });
}

async function committedPenaltyBatches(db: DataSource): Promise<number> {
  const [r] = (await db.query(`SELECT count(*)::int AS n FROM credit.penalty`)) as [{ n: number }];
  return r.n;
}

beforeAll(async () => {
  sim = createSimulator({ seed: 23, size: 3000 });
  baseUrl = await sim.listen(0);
});

afterAll(async () => {
  await sim.close();
  for (const o of opened) {
    await o.db.destroy();
    await o.database.drop();
  }
});

test('a sync killed with SIGKILL mid-way resumes to the same final state as an uninterrupted one', async () => {
  const reference = await migratedDatabase('kf_resume_ref');
  const killed = await migratedDatabase('kf_resume_kill');
  opened.push(reference, killed);
  await syncAll(reference.db);

  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/sync.ts', 'credit/xzcf'], {
    env: { ...process.env, DATABASE_URL: killed.database.url, UPSTREAM_CREDIT_URL: baseUrl, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Kill once some but not all penalty batches have committed.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null && (await committedPenaltyBatches(killed.db)) < 300) {
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  await exited;
  const partial = await committedPenaltyBatches(killed.db);
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(3000);

  await syncAll(killed.db);
  for (const [table, key] of CREDIT_TABLES) {
    expect({ table, ...(await fingerprint(killed.db, table, key)) }).toEqual({ table, ...(await fingerprint(reference.db, table, key)) });
  }
});
