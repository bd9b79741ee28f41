import { createDataSource } from '../data-source';
import { createTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('kf_data_source');
});

afterAll(async () => {
  await database.drop();
});

test("a service's connections run without JIT compilation, in its pool size", async () => {
  const db = createDataSource({ url: database.url, schema: 'public', entities: [], migrations: [], poolSize: 3 });
  await db.initialize();
  try {
    expect(await db.query('SHOW jit')).toEqual([{ jit: 'off' }]);
    expect((db.driver as unknown as { master: { options: { max: number } } }).master.options.max).toBe(3);
  } finally {
    await db.destroy();
  }
});
