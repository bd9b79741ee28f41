import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import { DataSource } from 'typeorm';
import { contentHash } from '../content-hash';
import type { Row } from '../conversion';
import { encodeRows, upsertEncoded, type EncodedBatch } from '../encoded-upsert';
import { upsertRows } from '../table-writer';

let database: TestDatabase;
let db: DataSource;

const COLUMNS = `k text PRIMARY KEY, t text, kinds text[] NOT NULL, n numeric, upstream_changed_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(), withdrawn_at timestamptz, content_hash text NOT NULL, raw_page_id bigint`;

beforeAll(async () => {
  database = await createTestDatabase('kf_encoded_upsert');
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
  for (const table of ['as_rows', 'as_lines', 'dupes', 'mixed']) await db.query(`CREATE TABLE ${table} (${COLUMNS})`);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const row = (k: string, over: Partial<Row> = {}): Row => {
  const r: Row = { k, t: `text of ${k}`, kinds: ['罚款'], n: '12.50', upstream_changed_at: '2026-11-20T10:00:00+08:00', withdrawn_at: null, ...over };
  return { ...r, content_hash: contentHash(r) };
};
const spec = (table: string) => ({ table, key: ['k'] });
const batch = (rows: Row[], rawPageId: string | null): EncodedBatch => ({ rows: encodeRows(rows, ['k']), rawPageId });
const upsert = (table: string, batches: EncodedBatch[]) => db.transaction((tx) => upsertEncoded(tx, spec(table), batches, { restoreWithdrawn: true }));
const stored = async (table: string): Promise<unknown[]> => (await db.query(`SELECT to_jsonb(x) - 'updated_at' AS row FROM ${table} x ORDER BY k`)) as unknown[];

test('encoded batches store what the same rows store, each line with its batch raw page', async () => {
  const first = [row('backslash', { t: 'C:\\temp\\new \\N' }), row('controls', { t: 'tab\there\nnewline\r\n' }), row('quotes', { kinds: ['say "hi"', 'a,b', 'NULL'] })];
  const second = [row('empty', { t: '', kinds: [], n: null }), row('unicode', { t: '行政处罚决定书 — 𠀋 🧾' })];
  const counts = await upsert('as_lines', [batch(first, '7'), batch(second, '8')]);
  const expected = await upsertRows(db, spec('as_rows'), [...first.map((r) => ({ ...r, raw_page_id: '7' })), ...second.map((r) => ({ ...r, raw_page_id: '8' }))]);
  expect(counts).toEqual(expected);
  expect(await stored('as_lines')).toEqual(await stored('as_rows'));
});

test('of lines sharing a key across batches the newer upstream wins, and of equal ones the later', async () => {
  const counts = await upsert('dupes', [
    batch([row('a', { t: 'newer', upstream_changed_at: '2026-11-21T10:00:00+08:00' }), row('b', { t: 'first' })], '1'),
    batch([row('a', { t: 'older' }), row('b', { t: 'second' })], '2'),
  ]);
  expect([counts.inserted, counts.updated, counts.unchanged]).toEqual([2, 0, 2]);
  expect(await db.query('SELECT k, t, raw_page_id::text AS raw FROM dupes ORDER BY k')).toEqual([{ k: 'a', t: 'newer', raw: '1' }, { k: 'b', t: 'second', raw: '2' }]);
});

test('a batch without a raw page leaves the stored raw page alone; an empty batch writes nothing', async () => {
  await upsert('mixed', [batch([row('a')], '5')]);
  const counts = await upsert('mixed', [batch([row('a', { t: 'pushed', upstream_changed_at: '2026-11-22T10:00:00+08:00' })], null), batch([row('b')], '6'), batch([], '7')]);
  expect([counts.inserted, counts.updated, counts.unchanged]).toEqual([1, 1, 0]);
  expect(await db.query('SELECT k, t, raw_page_id::text AS raw FROM mixed ORDER BY k')).toEqual([{ k: 'a', t: 'pushed', raw: '5' }, { k: 'b', t: 'text of b', raw: '6' }]);
});

test('outside a transaction the encoded write refuses', async () => {
  await expect(upsertEncoded(db.manager, spec('mixed'), [batch([row('c')], null)], { restoreWithdrawn: true })).rejects.toThrow('inside a transaction');
});
