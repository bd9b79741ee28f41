import { addPublicOnly, createTestDatabase, SqlWhere, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { creditDataSource, prepareCredit } from '../../db';
import { creditPolicyOf, type CreditPolicy } from '../credit-policy';
import { PenaltyCounts } from '../penalty-counts';
import { PENALTY_WITH_REPAIR, penaltyRule } from '../penalty-rule';

/**
 * The totals kept in credit.penalty_count must equal counting the rows under the publicity rule,
 * for every region level, date range, role and day, after every kind of write.
 */
let database: TestDatabase;
let db: DataSource;
const DEFAULTS = creditPolicyOf(loadConfig({}));
const SHORT: CreditPolicy = { penaltyMinMonths: 6, penaltyMaxMonths: 24, penaltySpecialMinMonths: 12, penaltySpecialKeywords: ['消防'] };

beforeAll(async () => {
  database = await createTestDatabase('kf_penalty_count');
  db = creditDataSource(database.url);
  await db.initialize();
  await prepareCredit(db);
  await counts(DEFAULTS).install('2025-11-30');
});

const counts = (policy: CreditPolicy): PenaltyCounts => new PenaltyCounts(db, policy);

async function state(): Promise<{ as_of: string; built_at: Date }> {
  const [row] = (await db.query('SELECT as_of::text AS as_of, built_at FROM credit.penalty_count_state')) as [{ as_of: string; built_at: Date }];
  return row;
}

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const REGIONS = ['350102', '350203', '350205', '3502', '35', null, '350203001', '440305'];
const DISCLOSURES = ['主动公开', '主动公开', '主动公开', '依申请公开', null];
const VIOLATIONS = ['虚假广告', '消防设施不符合标准', '安全生产违法', '无证经营'];

function insertPenalties(seed: number, count: number): Promise<unknown> {
  const r = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const day = (from: number, span: number): string => new Date(Date.UTC(2023, 0, 1) + Math.floor(from + r() * span) * 86_400_000).toISOString().slice(0, 10);
  const rows = Array.from({ length: count }, (_, i) => [
    `${seed}-${i}`, pick(REGIONS), day(0, 1600), pick(DISCLOSURES), pick(VIOLATIONS), r() < 0.15 ? day(300, 1500) : null, r() < 0.08 ? '2026-05-01T00:00:00Z' : null,
  ]);
  return db.query(`INSERT INTO credit.penalty (decision_number, authority_code, authority_name, subject_name, subject_category, subject_kind, kinds,
      region_code, decision_date, disclosure, violation_type, publicity_end, withdrawn_at, upstream_changed_at, source, source_key, fetched_at, content_hash)
    SELECT r->>0, 'A1', '市场监督管理局', '某公司', '法人及非法人组织', 'LEGAL_PERSON', ARRAY['罚款'],
      r->>1, (r->>2)::date, r->>3, r->>4, (r->>5)::date, (r->>6)::timestamptz, now(), 'test', r->>0, now(), 'h'
    FROM jsonb_array_elements($1::jsonb) r`, [JSON.stringify(rows)]);
}

function insertRepairs(seed: number, share: number): Promise<unknown> {
  return db.query(`INSERT INTO credit.repair (decision_number, authority_code, repair_date, withdrawn_at, upstream_changed_at, source, source_key, fetched_at, content_hash)
    SELECT decision_number, authority_code, decision_date + (abs(hashtext(decision_number || $1)) % 900),
      CASE WHEN abs(hashtext(decision_number || $1)) % 7 = 0 THEN now() END, now(), 'test', decision_number, now(), 'h'
    FROM credit.penalty WHERE abs(hashtext(decision_number || $1)) % 100 < $2
    ON CONFLICT (decision_number, authority_code) DO UPDATE SET repair_date = EXCLUDED.repair_date, withdrawn_at = EXCLUDED.withdrawn_at`, [String(seed), share]);
}

/** The total by counting rows under the rule, as the list did before the summary. */
async function counted(policy: CreditPolicy, prefix: string, from: string | undefined, to: string | undefined, today: string | null): Promise<number> {
  const where = new SqlWhere();
  if (prefix) where.add('p.region_code LIKE ?', `${prefix}%`);
  where.addIf(from, 'p.decision_date >= ?::date').addIf(to, 'p.decision_date <= ?::date');
  if (today) addPublicOnly(where, penaltyRule(policy), 'p', today);
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${PENALTY_WITH_REPAIR} ${where.sql}`, where.params)) as [{ n: number }];
  return row.n;
}

const QUESTIONS: [string | undefined, string | undefined, string | undefined][] = [
  [undefined, undefined, undefined], ['350000', undefined, undefined], ['350200', '2024-01-01', '2025-06-30'],
  ['350203', '2023-03-01', undefined], ['350205', undefined, '2026-12-31'], ['440305', '2023-01-01', '2027-12-31'], ['110000', undefined, undefined],
];

/**
 * Each question beyond public view and in public view on `days`: the totals that differ from
 * counting. The first day is the totals' own, kept by the triggers; the others rebuild them.
 */
async function mismatches(policy: CreditPolicy, days: string[]): Promise<string[]> {
  const out: string[] = [];
  const summary = counts(policy);
  for (const today of [null, ...days]) {
    for (const [regionCode, from, to] of QUESTIONS) {
      const prefix = regionCode ? regionCode.replace(/0000$|00$/, '') : '';
      const filter = { regionCode, decisionDate: from || to ? { from, to } : undefined };
      const n = await summary.count(filter, { beyondPublic: today === null, today: today ?? '2026-12-02' });
      const expected = await counted(policy, prefix, from, to, today);
      if (n !== expected) out.push(`${regionCode} ${from}..${to} on ${today ?? 'beyond public'}: summary ${n}, counted ${expected}`);
    }
  }
  return out;
}

test('inserted penalties and repairs: the summary equals counting under the rule', async () => {
  await insertPenalties(1, 600);
  await insertRepairs(1, 30);
  expect(await counted(DEFAULTS, '', undefined, undefined, '2025-11-30')).toBeGreaterThan(50);
  const built = (await state()).built_at;
  expect(await mismatches(DEFAULTS, ['2025-11-30'])).toEqual([]);
  expect((await state()).built_at).toEqual(built);
});

test('updates, upserts and deletes of penalties keep it equal', async () => {
  await counts(DEFAULTS).install('2026-12-02');
  await db.query(`UPDATE credit.penalty SET decision_date = decision_date - 200, region_code = '350205' WHERE id % 5 = 0`);
  await db.query(`UPDATE credit.penalty SET withdrawn_at = now() WHERE id % 11 = 0`);
  await db.query(`UPDATE credit.penalty SET disclosure = '主动公开', publicity_end = NULL WHERE id % 13 = 0`);
  await db.query(`INSERT INTO credit.penalty (decision_number, authority_code, authority_name, subject_name, subject_category, subject_kind, kinds,
      region_code, decision_date, disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
    SELECT decision_number, authority_code, authority_name, subject_name, subject_category, subject_kind, kinds, '350102', decision_date + 30, '主动公开', now(), source, source_key, now(), 'h2'
    FROM credit.penalty WHERE id % 3 = 0
    ON CONFLICT (decision_number, authority_code) DO UPDATE SET region_code = EXCLUDED.region_code, decision_date = EXCLUDED.decision_date, disclosure = EXCLUDED.disclosure`);
  await db.query('DELETE FROM credit.penalty WHERE id % 17 = 0');
  await insertPenalties(2, 200);
  expect(await mismatches(DEFAULTS, ['2026-12-02', '2023-06-01', '2024-02-29', '2027-06-15', '2030-01-01'])).toEqual([]);
});

test('repairs inserted, moved, withdrawn, re-keyed and deleted keep it equal', async () => {
  await counts(DEFAULTS).install('2025-01-01');
  await insertRepairs(2, 50);
  await db.query(`UPDATE credit.repair SET withdrawn_at = CASE WHEN withdrawn_at IS NULL THEN now() END WHERE id % 4 = 0`);
  await db.query(`UPDATE credit.repair SET decision_number = (SELECT min(decision_number) FROM credit.penalty q
      WHERE withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM credit.repair x WHERE x.decision_number = q.decision_number))
    WHERE id = (SELECT min(id) FROM credit.repair WHERE withdrawn_at IS NULL)`);
  await db.query('DELETE FROM credit.repair WHERE id % 6 = 0');
  expect(await mismatches(DEFAULTS, ['2025-01-01', '2026-12-02', '2028-01-01'])).toEqual([]);
});

test('other publicity settings rebuild the totals for them; the same settings and day leave them alone', async () => {
  await counts(SHORT).install('2026-12-02');
  expect(await mismatches(SHORT, ['2026-12-02'])).toEqual([]);
  await insertRepairs(3, 40);
  expect(await mismatches(SHORT, ['2026-12-02', '2025-11-30'])).toEqual([]);
  const before = await state();
  await counts(SHORT).install('2025-11-30');
  expect(await state()).toEqual(before);
  await counts(DEFAULTS).install('2026-12-02');
  expect(await mismatches(DEFAULTS, ['2026-12-02'])).toEqual([]);
});

test('while another process rebuilds, a count of another day is left to counting rows', async () => {
  const other = db.createQueryRunner();
  await other.startTransaction();
  try {
    await other.query(`SELECT pg_advisory_xact_lock(hashtext('credit.penalty_count'))`);
    const view = { beyondPublic: false, today: '2027-01-01' };
    expect(await counts(DEFAULTS).count({ regionCode: '350200' }, view)).toBeUndefined();
    expect(await counts(DEFAULTS).count({ regionCode: '350200' }, { ...view, beyondPublic: true })).toBe(await counted(DEFAULTS, '3502', undefined, undefined, null));
  } finally {
    await other.rollbackTransaction();
    await other.release();
  }
});

test('emptying the penalties empties the summary', async () => {
  await db.query('TRUNCATE credit.penalty, credit.repair');
  const [row] = (await db.query('SELECT count(*)::int AS n FROM credit.penalty_count')) as [{ n: number }];
  expect(row.n).toBe(0);
});

test('a list filtered by anything beyond region and decision date is counted from its rows', async () => {
  const view = { beyondPublic: false, today: '2026-12-02' };
  expect(await counts(DEFAULTS).count({ regionCode: '350200', kind: '罚款' }, view)).toBeUndefined();
  expect(await counts(DEFAULTS).count({ text: '公司' }, view)).toBeUndefined();
});
