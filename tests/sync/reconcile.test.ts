import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';

const logger = createLogger('reconcile-test', 'silent');
let sim: Simulator;
let baseUrl: string;
let database: TestDatabase;
let db: DataSource;

const penalties = (): AnySource => {
  const source = sourcesFor(baseUrl).find((s) => s.name === 'credit/xzcf');
  if (!source) throw new Error('credit/xzcf missing');
  return source;
};
const table = (): Promise<{ rows: number; hash: string }> => fingerprint(db, 'credit.penalty', 'decision_number, authority_code');
const lastRun = async (): Promise<{ status: string; counts: Record<string, number> }> =>
  ((await db.query(`SELECT status, counts FROM sync.run WHERE source = 'credit/xzcf' ORDER BY id DESC LIMIT 1`)) as { status: string; counts: Record<string, number> }[])[0] ?? { status: '', counts: {} };

beforeAll(async () => {
  sim = createSimulator({ seed: 17, size: 300 });
  baseUrl = await sim.listen(0);
  ({ database, db } = await migratedDatabase('kf_reconcile'));
  await runSource(db, penalties(), { logger });
});

afterEach(() => sim.faults.clear());

afterAll(async () => {
  await sim.close();
  await db.destroy();
  await database.drop();
});

test('a full run over an up-to-date store finds no drift and changes nothing', async () => {
  const before = await table();
  const counts = await runSource(db, penalties(), { logger, mode: 'full' });
  expect(counts.snapshot()).toMatchObject({ inserted: 0, updated: 0, withdrawn: 0, vanishing: 0 });
  expect(counts.pulled).toBe(counts.stored);
  expect(await table()).toEqual(before);
});

test('a stored record the complete pull no longer holds is withdrawn, with why', async () => {
  await db.query(`INSERT INTO credit.penalty (decision_number, authority_code, authority_name, subject_name, subject_category, subject_kind, kinds,
      decision_date, upstream_changed_at, source, source_key, fetched_at, content_hash)
    VALUES ('厦测罚〔2026〕1号', '11350200000000000X', '测试局', '测试公司', '法人及非法人组织', 'LEGAL_ENTITY', '{罚款}', '2026-01-02', now(), 'credit/xzcf', 'x', now(), 'h')`);
  const counts = await runSource(db, penalties(), { logger, mode: 'full' });
  expect(counts.snapshot()).toMatchObject({ vanishing: 1, withdrawn: 1 });
  const [row] = (await db.query(`SELECT withdrawal_reason FROM credit.penalty WHERE decision_number = '厦测罚〔2026〕1号'`)) as { withdrawal_reason: string }[];
  expect(row?.withdrawal_reason).toMatch(/complete pull/);
});

test('an empty snapshot is held, changes nothing until released, then applies once', async () => {
  const before = await table();
  sim.faults.inject({ kind: 'empty', path: '/credit/sgs/xzcf', count: 1000 });
  await runSource(db, penalties(), { logger, mode: 'full' });
  expect((await lastRun()).status).toBe('held');
  expect(await table()).toEqual(before);
  const [held] = (await db.query(`SELECT id, status, vanishing_count AS n FROM sync.held_snapshot WHERE source = 'credit/xzcf'`)) as { id: string; status: string; n: number }[];
  expect(held).toMatchObject({ status: 'held' });
  expect(held?.n).toBeGreaterThan(200);

  // Still held on the next full run: no decision yet.
  await runSource(db, penalties(), { logger, mode: 'full' });
  expect(await table()).toEqual(before);

  await db.query(`UPDATE sync.held_snapshot SET status = 'released', decided_at = now(), decided_by = 'test' WHERE id = $1`, [held?.id]);
  await runSource(db, penalties(), { logger, mode: 'full' });
  expect((await lastRun()).status).toBe('succeeded');
  const [{ active }] = (await db.query(`SELECT count(*) FILTER (WHERE withdrawn_at IS NULL)::int AS active FROM credit.penalty`)) as [{ active: number }];
  expect(active).toBe(0);
  const [applied] = (await db.query(`SELECT applied_at IS NOT NULL AS applied FROM sync.held_snapshot WHERE id = $1`, [held?.id])) as { applied: boolean }[];
  expect(applied?.applied).toBe(true);

  // The upstream recovers: the next run brings everything back into view.
  sim.faults.clear();
  await runSource(db, penalties(), { logger, mode: 'full' });
  const [{ back }] = (await db.query(`SELECT count(*) FILTER (WHERE withdrawn_at IS NULL)::int AS back FROM credit.penalty`)) as [{ back: number }];
  expect(back).toBeGreaterThan(200);
});
