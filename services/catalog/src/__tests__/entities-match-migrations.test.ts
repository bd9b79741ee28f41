import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { catalogDataSource, prepareCatalog } from '../db';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_catalog_schema');
  db = catalogDataSource(database.url);
  await db.initialize();
  await prepareCatalog(db);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

test('the catalog entities describe exactly the tables the migrations create', async () => {
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});
