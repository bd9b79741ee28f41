import { createLogger, createTestDatabase, type TestDatabase } from '@keyfield/core';
import { DataSource } from 'typeorm';
import { accept, type Row } from '../../kit/conversion';
import type { Batch } from '../../kit/stream';
import type { SourceSpec } from '../../kit/table';
import { prepareSync } from '../../db';
import { upsertRows } from '../../kit/table-writer';
import { MISSING_FROM_PARTITION } from '../partition';
import { runSource } from '../run-source';

const logger = createLogger('writer-rules', 'silent');
let database: TestDatabase;
let db: DataSource;

interface Rec { k: string; v: string; file: string; at: string }

const row = (r: Rec): Row => ({
  k: r.k, v: r.v, file_name: r.file, upstream_changed_at: r.at, source: 'test/files', source_key: r.k,
  fetched_at: new Date().toISOString(), operation: 'I', withdrawn_at: null, withdrawal_reason: null,
});

/** A source whose stream yields the given files, each as one complete partition. */
function filesSource(files: Record<string, Rec[]>): SourceSpec<Rec, Record<string, never>> {
  return {
    name: 'test/files',
    table: { table: 'test_files', key: ['k'] },
    convert: (r) => accept(row(r), r.k, 'I'),
    stream: {
      async *read(): AsyncGenerator<Batch<Rec, Record<string, never>>> {
        for (const [file, records] of Object.entries(files)) {
          yield { records, locator: file, fetchedAt: new Date().toISOString(), stateAfter: {}, partition: { column: 'file_name', value: file, last: true } };
        }
      },
    },
  };
}

beforeAll(async () => {
  database = await createTestDatabase('kf_writer_rules');
  await prepareSync(database.url);
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
  await db.query(`CREATE TABLE test_files (k text PRIMARY KEY, v text, file_name text, upstream_changed_at timestamptz NOT NULL,
    operation char(1), source text, source_key text, fetched_at timestamptz, updated_at timestamptz DEFAULT now(),
    withdrawn_at timestamptz, withdrawal_reason text, content_hash text NOT NULL, raw_page_id bigint)`);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const stored = async (): Promise<Record<string, { v: string; withdrawn: string | null }>> =>
  Object.fromEntries(((await db.query('SELECT k, v, withdrawal_reason FROM test_files ORDER BY k')) as { k: string; v: string; withdrawal_reason: string | null }[])
    .map((r) => [r.k, { v: r.v, withdrawn: r.withdrawal_reason }]));

test('a corrected file withdraws the records it no longer holds, and only those of that file', async () => {
  await runSource(db, filesSource({
    a: [{ k: '1', v: 'one', file: 'a', at: '2026-11-01T00:00:00+08:00' }, { k: '2', v: 'two', file: 'a', at: '2026-11-01T00:00:00+08:00' }],
    b: [{ k: '3', v: 'three', file: 'b', at: '2026-11-02T00:00:00+08:00' }],
  }), { logger });
  const counts = await runSource(db, filesSource({ a: [{ k: '1', v: 'one', file: 'a', at: '2026-11-01T00:00:00+08:00' }] }), { logger });
  expect(counts.withdrawn).toBe(1);
  expect(await stored()).toEqual({ 1: { v: 'one', withdrawn: null }, 2: { v: 'two', withdrawn: MISSING_FROM_PARTITION }, 3: { v: 'three', withdrawn: null } });
});

test('a record older upstream than the stored version never overwrites it', async () => {
  await runSource(db, filesSource({ c: [{ k: '4', v: 'new', file: 'c', at: '2026-11-05T00:00:00+08:00' }] }), { logger });
  const counts = await runSource(db, filesSource({ d: [{ k: '4', v: 'old', file: 'd', at: '2026-11-04T00:00:00+08:00' }] }), { logger });
  expect(counts.updated).toBe(0);
  expect((await stored())['4']).toEqual({ v: 'new', withdrawn: null });
});

test('a pushed record of the same file is not withdrawn by the file’s reconciliation', async () => {
  await db.query(`INSERT INTO test_files (k, v, file_name, upstream_changed_at, source, source_key, fetched_at, content_hash)
    VALUES ('p1', 'pushed', 'e', '2026-11-06T00:00:00+08:00', 'push:test/files', 'p1', now(), 'h')`);
  await runSource(db, filesSource({ e: [{ k: '5', v: 'five', file: 'e', at: '2026-11-06T00:00:00+08:00' }] }), { logger });
  expect((await stored())['p1']).toEqual({ v: 'pushed', withdrawn: null });
});

test('replayed bytes do not bring back a record withdrawn since; a live pull of it does', async () => {
  await runSource(db, filesSource({ f: [{ k: '6', v: 'six', file: 'f', at: '2026-11-07T00:00:00+08:00' }, { k: '7', v: 'seven', file: 'f', at: '2026-11-07T00:00:00+08:00' }] }), { logger });
  await runSource(db, filesSource({ f: [{ k: '6', v: 'six', file: 'f', at: '2026-11-07T00:00:00+08:00' }] }), { logger });
  expect((await stored())['7']?.withdrawn).toBe(MISSING_FROM_PARTITION);
  const seven = row({ k: '7', v: 'seven', file: 'f', at: '2026-11-07T00:00:00+08:00' });
  const table = { table: 'test_files', key: ['k'] };
  await upsertRows(db, table, [seven], { restoreWithdrawn: false });
  expect((await stored())['7']?.withdrawn).toBe(MISSING_FROM_PARTITION);
  await upsertRows(db, table, [seven], { restoreWithdrawn: true });
  expect((await stored())['7']?.withdrawn).toBe(null);
});
