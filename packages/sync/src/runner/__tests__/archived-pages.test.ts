import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import { DataSource } from 'typeorm';
import { archivePage, type RawPage } from '../../archive/raw-page';
import { prepareSync } from '../../db';
import { archivedBatches } from '../archived-pages';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_archived_pages');
  await prepareSync(database.url);
  db = new DataSource({ type: 'postgres', url: database.url, poolSize: 2 });
  await db.initialize();
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const page = (n: number, bytes: Buffer, contentType: string | null): RawPage => ({
  url: `http://u/list?pageNo=${n}`, status: 200, contentType, encoding: 'gb18030', encodingBasis: 'declared', bytes, fetchedAt: '2026-11-20T02:00:00.123Z',
});

/** Every page archivedBatches hands to the decoder, in order. */
async function readBack(source: string, chunk: number): Promise<(RawPage & { id: string })[]> {
  const seen: (RawPage & { id: string })[] = [];
  const decode = (raw: RawPage) => {
    seen.push(raw as RawPage & { id: string });
    return { records: [] };
  };
  for await (const batch of archivedBatches(db, source, decode, chunk)) expect(batch.records).toEqual([]);
  return seen;
}

test('archived pages come back byte for byte, oldest first, across chunks', async () => {
  const pages = [
    page(1, Buffer.from([0x00, 0xff, 0x5c, 0x0a, 0x09, 0xd5, 0xfe, 0x00]), 'application/json;charset=GBK'),
    page(2, Buffer.alloc(0), null),
    page(3, Buffer.from('行政处罚 \\N \t\n', 'utf8'), 'text/plain'),
    page(4, Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256)), null),
  ];
  const ids: string[] = [];
  for (const p of pages) ids.push(await archivePage(db, 'test/pages', p));
  await archivePage(db, 'test/other', page(9, Buffer.from('not mine'), null));
  const back = await readBack('test/pages', 3);
  expect(back.map((p) => p.id)).toEqual(ids);
  expect(back.map(({ id, ...raw }) => ({ ...raw, bytes: raw.bytes.toString('hex') }))).toEqual(pages.map((p) => ({ ...p, bytes: p.bytes.toString('hex') })));
});

test('the reading connection goes back to the pool at the end, and when the reader stops early', async () => {
  // The pool holds two connections: a connection kept would leave the last query waiting.
  for (let i = 0; i < 3; i += 1) expect(await readBack('test/none', 20)).toEqual([]);
  for (let i = 0; i < 3; i += 1) {
    for await (const batch of archivedBatches(db, 'test/pages', () => ({ records: [] }), 2)) {
      expect(batch.rawPageId).toBeDefined();
      break;
    }
  }
  expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
});

test('a decoder that throws while the next pages are being read ends the reader and frees its connection', async () => {
  const failing = () => {
    throw new Error('converter bug');
  };
  for (let i = 0; i < 3; i += 1) {
    await expect((async () => {
      for await (const batch of archivedBatches(db, 'test/pages', failing, 1)) expect(batch).toBeUndefined();
    })()).rejects.toThrow('converter bug');
  }
  expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
});
