import { addPublicOnly, createLogger, SqlWhere, type TestDatabase } from '@keyfield/core';
import { runSource, type SyncCounts } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../services/credit/src/config';
import { creditPolicyOf } from '../../services/credit/src/publicity/credit-policy';
import { PENALTY_WITH_REPAIR, penaltyRule } from '../../services/credit/src/publicity/penalty-rule';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { CREDIT_TABLES, fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';

const logger = createLogger('sync-test', 'silent');
let database: TestDatabase;
let db: DataSource;
let sim: Simulator;
let baseUrl: string;

async function syncAll(): Promise<Record<string, SyncCounts>> {
  const out: Record<string, SyncCounts> = {};
  for (const source of sourcesFor(baseUrl)) out[source.name] = await runSource(db, source, { logger });
  return out;
}

const total = (counts: Record<string, SyncCounts>, field: 'inserted' | 'updated' | 'withdrawn' | 'quarantined' | 'fetched'): number =>
  Object.values(counts).reduce((n, c) => n + c[field], 0);

beforeAll(async () => {
  ({ database, db } = await migratedDatabase('kf_sync'));
  sim = createSimulator({ seed: 11, size: 400 });
  baseUrl = await sim.listen(0);
});

afterAll(async () => {
  await sim.close();
  await db.destroy();
  await database.drop();
});

test('a first sync stores every stream and quarantines the malformed rows with a reason', async () => {
  const counts = await syncAll();
  for (const [table] of CREDIT_TABLES) {
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }];
    expect({ table, stored: n > 0 }).toEqual({ table, stored: true });
  }
  expect(total(counts, 'inserted')).toBeGreaterThan(400);
  const quarantined = (await db.query('SELECT source, stage, reason, locator FROM sync.quarantine')) as { reason: string; locator: string }[];
  expect(quarantined.length).toBe(total(counts, 'quarantined'));
  for (const q of quarantined) {
    expect(q.reason.length).toBeGreaterThan(3);
    expect(q.locator).toMatch(/^http/);
  }
});

test('every stored record and quarantine entry traces to the archived bytes it came from', async () => {
  for (const [table] of CREDIT_TABLES) {
    const [orphans] = (await db.query(
      `SELECT count(*)::int AS n FROM ${table} t LEFT JOIN sync.raw_page r ON r.id = t.raw_page_id WHERE r.id IS NULL`)) as [{ n: number }];
    expect({ table, orphans: orphans.n }).toEqual({ table, orphans: 0 });
  }
  const [q] = (await db.query('SELECT count(*)::int AS n FROM sync.quarantine WHERE raw_page_id IS NULL')) as [{ n: number }];
  expect(q.n).toBe(0);
  const pages = (await db.query(`SELECT encoding, encoding_basis AS basis, count(*)::int AS n FROM sync.raw_page GROUP BY 1, 2 ORDER BY 1`)) as { encoding: string; basis: string }[];
  expect(pages.map((p) => `${p.encoding}/${p.basis}`)).toEqual(['gb18030/declared', 'utf-8/declared']);
});

test('running the sync again changes nothing, and archives the same bytes only once', async () => {
  const before = await Promise.all(CREDIT_TABLES.map(([t, k]) => fingerprint(db, t, k)));
  const counts = await syncAll();
  expect(total(counts, 'inserted')).toBe(0);
  expect(total(counts, 'updated')).toBe(0);
  expect(await Promise.all(CREDIT_TABLES.map(([t, k]) => fingerprint(db, t, k)))).toEqual(before);
  const archived = async (): Promise<number> => ((await db.query('SELECT count(*)::int AS n FROM sync.raw_page')) as [{ n: number }])[0].n;
  const pages = await archived();
  await syncAll();
  expect(await archived()).toBe(pages);
});

test('after the upstream moves on, only the changes are applied and deletions are withdrawn', async () => {
  sim.advance({ inserts: 7, updates: 4, deletes: 3 });
  const counts = await syncAll();
  const penalties = counts['credit/xzcf'];
  expect(penalties?.inserted).toBeGreaterThanOrEqual(1);
  expect((penalties?.updated ?? 0) + (penalties?.inserted ?? 0)).toBeLessThan(40);
  expect(total(counts, 'withdrawn')).toBeGreaterThanOrEqual(1);
  const withdrawn = (await db.query('SELECT withdrawal_reason FROM credit.penalty WHERE withdrawn_at IS NOT NULL')) as { withdrawal_reason: string }[];
  expect(withdrawn.length).toBeGreaterThanOrEqual(1);
  const again = await syncAll();
  expect(total(again, 'inserted') + total(again, 'updated')).toBe(0);
});

test('the penalty totals the triggers keep equal counting the synced rows, in and out of public view', async () => {
  const rule = penaltyRule(creditPolicyOf(loadConfig({})));
  const [{ as_of: asOf }] = (await db.query('SELECT as_of::text AS as_of FROM credit.penalty_count_state')) as [{ as_of: string }];
  const kept = (await db.query(`SELECT region_prefix, sum(n_all)::int AS n_all, sum(n_public)::int AS n_public FROM credit.penalty_count
    WHERE length(region_prefix) IN (0, 4) GROUP BY 1 HAVING sum(n_all) > 0 ORDER BY 1`)) as { region_prefix: string; n_all: number; n_public: number }[];
  // The rule's conditions hold no parameters: the day is a literal.
  const shown = addPublicOnly(new SqlWhere(), rule, 'p', asOf).sql;
  const counted = (await db.query(`SELECT '' AS region_prefix, count(*)::int AS n_all, count(*) FILTER (${shown})::int AS n_public
      FROM ${PENALTY_WITH_REPAIR}
    UNION ALL SELECT left(p.region_code, 4), count(*)::int, count(*) FILTER (${shown})::int
      FROM ${PENALTY_WITH_REPAIR} WHERE length(p.region_code) >= 4 GROUP BY 1 ORDER BY 1`)) as typeof kept;
  expect(kept.length).toBeGreaterThan(1);
  expect(kept).toEqual(counted);
});
