import { createTestDatabase, type Queryable, type TestDatabase } from '@keyfield/core';
import { DataSource } from 'typeorm';
import type { Row } from '../conversion';
import { upsertRows } from '../table-writer';

let database: TestDatabase;
let db: DataSource;

const COLUMNS = `k text PRIMARY KEY, t text, kinds text[] NOT NULL, d date, n numeric, b boolean, i integer, unit varchar(4), op char(1),
  upstream_changed_at timestamptz NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(), withdrawn_at timestamptz, content_hash text NOT NULL`;

beforeAll(async () => {
  database = await createTestDatabase('kf_staged_upsert');
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
  for (const table of ['via_json', 'via_copy', 'twice', 'bad']) await db.query(`CREATE TABLE ${table} (${COLUMNS})`);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

// Not a TypeORM object: upsertRows sends it the rows as one jsonb parameter, as it always did.
const jsonOnly = (): Queryable => ({ query: (sql, params) => db.query(sql, params) });

const at = '2026-11-20T10:00:00+08:00';
const row = (k: string, over: Partial<Row> = {}): Row => ({
  k, t: `text of ${k}`, kinds: ['罚款'], d: '2026-11-01', n: '12.50', b: true, i: 7, unit: '万元', op: 'I', upstream_changed_at: at, withdrawn_at: null, ...over,
});

const awkward: Row[] = [
  row('backslash', { t: 'C:\\temp\\new \\N \\\\' }),
  row('controls', { t: 'tab\there\nnewline\r\ncrlf \u0001 \u007f' }),
  row('quotes', { t: `"double" 'single' , ; {braces}`, kinds: ['say "hi"', 'a,b', '{x}', 'NULL', ' pad ', 'back\\slash', 'tab\tin'] }),
  row('empties', { t: '', kinds: [], d: null, n: null, b: null, i: null, unit: null }),
  row('text NULL', { t: 'NULL', kinds: ['\\N'] }),
  row('unicode', { t: '行政处罚决定书 — 𠀋 emoji 🧾 é', unit: '元' }),
  row('numbers', { n: 0.1 + 0.2, t: 1e21, i: -42 }),
  row('tiny', { n: 1.5e-7, t: -2.5e-8 }),
  row('booleans', { b: false, t: true }),
  row('date text', { d: '2026-2-3', upstream_changed_at: '2026-11-20 10:00:00+08' }),
  row('op space', { op: ' ' }),
];

const stored = async (table: string): Promise<unknown[]> =>
  (await db.query(`SELECT to_jsonb(x) - 'updated_at' AS row FROM ${table} x ORDER BY k`)) as unknown[];

test('rows staged with COPY are stored exactly as the jsonb parameter stored them', async () => {
  const viaJson = await upsertRows(jsonOnly(), { table: 'via_json', key: ['k'] }, awkward);
  const viaCopy = await upsertRows(db, { table: 'via_copy', key: ['k'] }, awkward);
  expect(viaCopy).toEqual(viaJson);
  expect(viaCopy.inserted).toBe(awkward.length);
  expect(await stored('via_copy')).toEqual(await stored('via_json'));
});

test('updated, unchanged and older rows are counted and written alike both ways', async () => {
  const next = [
    row('backslash', { t: 'changed \\ again', upstream_changed_at: '2026-11-21T10:00:00+08:00' }),
    row('controls', { t: 'tab\there\nnewline\r\ncrlf \u0001 \u007f' }),
    row('quotes', { t: 'older', upstream_changed_at: '2026-11-19T10:00:00+08:00' }),
    row('new one', { kinds: ['警告', '罚款'] }),
  ];
  const viaJson = await upsertRows(jsonOnly(), { table: 'via_json', key: ['k'] }, next);
  const viaCopy = await upsertRows(db, { table: 'via_copy', key: ['k'] }, next);
  expect(viaCopy).toEqual(viaJson);
  expect([viaCopy.inserted, viaCopy.updated, viaCopy.unchanged]).toEqual([1, 1, 2]);
  expect(await stored('via_copy')).toEqual(await stored('via_json'));
});

test('one transaction may upsert the same table twice', async () => {
  await db.transaction(async (tx) => {
    await upsertRows(tx, { table: 'twice', key: ['k'] }, [row('a'), row('b')]);
    const second = await upsertRows(tx, { table: 'twice', key: ['k'] }, [row('c')]);
    expect(second.written).toEqual([{ key: 'c', inserted: true }]);
  });
  expect(((await db.query('SELECT k FROM twice ORDER BY k')) as { k: string }[]).map((r) => r.k)).toEqual(['a', 'b', 'c']);
});

test('a value its column cannot take fails the write, names the column, and leaves the pool usable', async () => {
  await expect(upsertRows(db, { table: 'bad', key: ['k'] }, [row('ok'), row('bad date', { d: '2026-13-45' })])).rejects.toThrow(/date/);
  expect(await db.query('SELECT count(*)::int AS n FROM bad')).toEqual([{ n: 0 }]);
  await upsertRows(db, { table: 'bad', key: ['k'] }, [row('ok')]);
  expect(await db.query('SELECT count(*)::int AS n FROM bad')).toEqual([{ n: 1 }]);
});
