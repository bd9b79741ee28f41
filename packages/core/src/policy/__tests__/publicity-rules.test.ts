import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../db/test-database';
import { readSettings } from '../../config/env';
import { SqlWhere } from '../../pagination/sql-where';
import { enforcementResultRule, enforcementResultSpec } from '../enforcement-result-rule';
import { addPublicOnly, publicityColumns } from '../publicity-rule';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_policy_rules');
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
  await db.query(`CREATE TABLE result (name text, decision_date date, person boolean, revoked_on date, disclosure text, withdrawn_at timestamptz, upstream_changed_at timestamptz)`);
  await db.query(`INSERT INTO result VALUES
    ('organisation, 4 years old', '2022-12-01', false, NULL, '主动公开', NULL, now()),
    ('organisation, 5 years old', '2021-12-01', false, NULL, '主动公开', NULL, now()),
    ('person, 1 year old', '2025-12-10', true, NULL, '主动公开', NULL, now()),
    ('person, 2 years old', '2024-12-01', true, NULL, '主动公开', NULL, now()),
    ('revoked', '2026-01-01', false, '2026-11-30', '主动公开', NULL, now())`);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const rule = enforcementResultRule(readSettings(enforcementResultSpec, {}), { decisionDate: 'decision_date', naturalPerson: (a) => `${a}.person`, revokedOn: 'revoked_on' });

test('enforcement results leave public view after 5 years (2 for a person) or when revoked, by default', async () => {
  const where = addPublicOnly(new SqlWhere(), rule, 'r', '2026-12-02');
  const visible = (await db.query(`SELECT name FROM result r ${where.sql} ORDER BY name`, where.params)) as { name: string }[];
  expect(visible.map((r) => r.name)).toEqual(['organisation, 4 years old', 'person, 1 year old']);
  const marks = (await db.query(`SELECT name, ${publicityColumns(rule, 'r', '2026-12-02')} FROM result r ORDER BY name`)) as { name: string; hiddenReason: string | null; hiddenSince: string | null }[];
  expect(marks.filter((m) => m.hiddenReason).map((m) => [m.name, m.hiddenReason, m.hiddenSince])).toEqual([
    ['organisation, 5 years old', 'WINDOW_ENDED', '2026-12-01'],
    ['person, 2 years old', 'WINDOW_ENDED', '2026-12-01'],
    ['revoked', 'REVOKED', '2026-11-30'],
  ]);
});

test('the windows are configurable', async () => {
  const longer = enforcementResultRule(readSettings(enforcementResultSpec, { ENFORCEMENT_RESULT_YEARS: '6', ENFORCEMENT_RESULT_PERSON_YEARS: '3' }), { decisionDate: 'decision_date', naturalPerson: (a) => `${a}.person`, revokedOn: 'revoked_on' });
  const where = addPublicOnly(new SqlWhere(), longer, 'r', '2026-12-02');
  expect(((await db.query(`SELECT count(*)::int AS n FROM result r ${where.sql}`, where.params)) as { n: number }[])[0]?.n).toBe(4);
});
