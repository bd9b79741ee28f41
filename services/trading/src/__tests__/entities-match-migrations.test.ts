import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { prepareTrading, tradingDataSource } from '../db';
import { tradingMigrations } from '../migrations';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_trading_schema');
  db = tradingDataSource(database.url);
  await db.initialize();
  await prepareTrading(db);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

test('the trading entities describe exactly the tables the migrations create', async () => {
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

test('every trading migration can be reverted and applied again', async () => {
  for (let i = 0; i < tradingMigrations.length; i++) await db.undoLastMigration({ transaction: 'each' });
  const [{ n }] = (await db.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'trading' AND table_name <> 'migrations'")) as [{ n: number }];
  expect(n).toBe(0);
  await prepareTrading(db);
  expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
});
