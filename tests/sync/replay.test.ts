import { createLogger, type TestDatabase } from '@keyfield/core';
import { replaySource, runSource, type AnySource } from '@keyfield/sync';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PenaltyWire } from '../../services/credit/src/connectors/credit/wire-types';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { CREDIT_TABLES, fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';

const logger = createLogger('replay-test', 'silent');
let sim: Simulator;
let database: TestDatabase;
let db: DataSource;
const tables = (): Promise<{ rows: number; hash: string }[]> => Promise.all(CREDIT_TABLES.map(([t, k]) => fingerprint(db, t, k)));

beforeAll(async () => {
  // Large enough that replay reads the archive in several chunks (page order across chunks matters).
  sim = createSimulator({ seed: 29, size: 2600, malformedRate: 0.02 });
  const url = await sim.listen(0);
  ({ database, db } = await migratedDatabase('kf_replay'));
  for (const source of sourcesFor(url)) await runSource(db, source, { logger });
  await sim.close();
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

// Pointed at a port nothing listens on: replay must not fetch.
const offline = (): AnySource[] => sourcesFor('http://127.0.0.1:9');

test('replay rebuilds every table from the archived bytes alone, row for row', async () => {
  const before = await tables();
  for (const [table] of CREDIT_TABLES) await db.query(`DELETE FROM ${table}`);
  for (const source of offline()) await replaySource(db, source, { logger });
  expect(await tables()).toEqual(before);
});

test('after a converter fix, replay stores what was quarantined and resolves those entries', async () => {
  const open = async (): Promise<number> =>
    ((await db.query(`SELECT count(*)::int AS n FROM sync.quarantine WHERE source = 'credit/xzcf' AND resolved_at IS NULL AND reason LIKE 'CF_NR_FK%'`)) as [{ n: number }])[0].n;
  const before = await open();
  expect(before).toBeGreaterThan(0);
  const penalties = offline().find((s) => s.name === 'credit/xzcf') as unknown as import('@keyfield/sync').SourceSpec<PenaltyWire, unknown>;
  // The "fix": a fine that is not a number is read as no fine.
  const fixed = { ...penalties, convert: (r: PenaltyWire, ctx: Parameters<typeof penalties.convert>[1]) => penalties.convert({ ...r, CF_NR_FK: /^[\d.]*$/.test(r.CF_NR_FK ?? '') ? r.CF_NR_FK : '' }, ctx) };
  const counts = await replaySource(db, fixed, { logger });
  expect(counts.inserted).toBeGreaterThanOrEqual(before);
  expect(await open()).toBe(0);
});

test('replay reads the archive in page order across chunks (page 10 comes after page 9)', async () => {
  const single = await migratedDatabase('kf_replay_order');
  try {
    const live = createSimulator({ seed: 31, size: 1500 });
    const url = await live.listen(0);
    const source = sourcesFor(url).find((s) => s.name === 'credit/xzcf');
    if (!source) throw new Error('credit/xzcf missing');
    await runSource(single.db, source, { logger });
    await live.close();
    const before = await fingerprint(single.db, 'credit.penalty', 'decision_number, authority_code');
    await single.db.query('DELETE FROM credit.penalty');
    const counts = await replaySource(single.db, source, { logger, archiveChunk: 4 });
    expect(counts.fetched).toBeGreaterThanOrEqual(before.rows);
    expect(await fingerprint(single.db, 'credit.penalty', 'decision_number, authority_code')).toEqual(before);
  } finally {
    await single.db.destroy();
    await single.database.drop();
  }
});

test('every connection a run used goes back to the pool with durable commits', async () => {
  for (const source of offline()) await replaySource(db, source, { logger });
  const pool = (db.driver as unknown as { master: Pool }).master;
  const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
  try {
    const settings = await Promise.all(clients.map(async (c) => (await c.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit));
    expect(new Set(settings)).toEqual(new Set(['on']));
  } finally {
    for (const c of clients) c.release();
  }
});
