import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { creditDataSource, prepareCredit } from '../db';
import { creditMigrations } from '../migrations';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_credit_schema');
  db = creditDataSource(database.url);
  await db.initialize();
  await prepareCredit(db);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

test('the credit entities describe exactly the tables the migrations create', async () => {
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

test('every credit migration can be reverted and applied again', async () => {
  for (let i = 0; i < creditMigrations.length; i++) await db.undoLastMigration({ transaction: 'each' });
  const [{ n }] = (await db.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'credit' AND table_name <> 'migrations'")) as [{ n: number }];
  expect(n).toBe(0);
  await prepareCredit(db);
  expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
});
