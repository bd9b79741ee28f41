import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import { DataSource } from 'typeorm';
import { prepareSync } from '../../db';
import { quarantine } from '../quarantine';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_quarantine');
  await prepareSync(database.url);
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const reason = '列数不符 — expected 21 fields, got 20';

test('different unparseable lines with the same reason are separate entries', async () => {
  const added = await quarantine(db, 'credit/xzxk', [
    { stage: 'parse', reason, locator: 'http://u/xzxk_20261101.csv:17', record: null },
    { stage: 'parse', reason, locator: 'http://u/xzxk_20261101.csv:230', record: null },
    { stage: 'parse', reason, locator: 'http://u/xzxk_20261102.csv:5', record: null },
  ]);
  expect(added).toBe(3);
});

test('the same bad record fetched again, from another page, is kept once', async () => {
  const record = { CF_WSH: '', CF_JDRQ: '2026/13/45' };
  const first = await quarantine(db, 'credit/xzcf', [{ stage: 'convert', reason: 'CF_WSH missing', locator: 'http://u/xzcf?pageNo=1#3', record }]);
  const again = await quarantine(db, 'credit/xzcf', [{ stage: 'convert', reason: 'CF_WSH missing', locator: 'http://u/xzcf?pageNo=2#0', record }]);
  expect([first, again]).toEqual([1, 0]);
});
