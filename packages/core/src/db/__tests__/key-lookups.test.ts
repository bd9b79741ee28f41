import { QueryFailedError, type DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { keyLookups } from '../key-lookups';
import { countQueries } from '../query-counter';
import { createTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kf_key_lookups');
  // One connection: every statement below runs on it, so its prepared statements can be listed.
  db = createDataSource({ url: database.url, schema: 'public', entities: [], migrations: [], poolSize: 1 });
  await db.initialize();
  await db.query(`CREATE TABLE item (code text PRIMARY KEY, amount numeric, day date)`);
  await db.query(`INSERT INTO item VALUES ('001', '12.50', '2026-11-01'), ('002', NULL, '2026-11-02'), ('003', '7', '2026-11-03')`);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const BY_CODES = 'SELECT code, amount, day::text AS day FROM item WHERE code = ANY($1) ORDER BY code';

test('a key lookup answers as DataSource.query does, as a statement prepared once on the connection', async () => {
  const lookups = keyLookups(db);
  for (const codes of [['001', '003'], ['002'], ['001', '002', '003']]) {
    expect(await lookups.query(BY_CODES, [codes])).toEqual(await db.query(BY_CODES, [codes]));
  }
  const prepared = (await db.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[];
  expect(prepared.map((p) => p.statement)).toEqual([BY_CODES]);
});

test('a failed lookup fails as TypeORM reports it, with the pg error code', async () => {
  const failure = await keyLookups(db).query('SELECT code FROM item WHERE day = ANY($1)', [['not a date']]).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(QueryFailedError);
  expect((failure as { code?: string }).code).toBe('22007');
  expect(await keyLookups(db).query(BY_CODES, [['002']])).toEqual([{ code: '002', amount: null, day: '2026-11-02' }]);
});

test('countQueries counts key lookups beside the statements sent through TypeORM', async () => {
  const counter = countQueries(db);
  try {
    await keyLookups(db).query(BY_CODES, [['001']]);
    await db.query('SELECT 1');
    expect(counter.statements).toEqual([BY_CODES, 'SELECT 1']);
  } finally {
    counter.stop();
  }
  await keyLookups(db).query(BY_CODES, [['001']]);
  expect(counter.count).toBe(2);
});
