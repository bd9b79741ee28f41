import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { FaultRule } from '../../simulator/src/server';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { CREDIT_TABLES, fingerprint, migratedDatabase, sourcesFor } from '../support/credit-env';

/**
 * Every upstream fault of feeds.md, injected against the real simulator: the stored result must equal
 * a fault-free run's, row for row (content hash and withdrawal of every record of every table).
 */
const logger = createLogger('faults-test', 'silent');
let sim: Simulator;
let baseUrl: string;
let reference: Awaited<ReturnType<typeof tablesOf>>;
const opened: { database: TestDatabase; db: DataSource }[] = [];

/** A new database after one sync of every source; every fault must be survived within that run. */
async function syncedDatabase(prefix: string): Promise<DataSource> {
  const o = await migratedDatabase(prefix);
  opened.push(o);
  for (const source of sourcesFor(baseUrl)) await runSource(o.db, source, { logger });
  return o.db;
}

const tablesOf = (db: DataSource) => Promise.all(CREDIT_TABLES.map(async ([t, k]) => ({ table: t, ...(await fingerprint(db, t, k)) })));

beforeAll(async () => {
  sim = createSimulator({ seed: 5, size: 300 });
  baseUrl = await sim.listen(0);
  reference = await tablesOf(await syncedDatabase('kf_fault_ref'));
});

afterEach(() => sim.faults.clear());

afterAll(async () => {
  await sim.close();
  for (const o of opened) {
    await o.db.destroy();
    await o.database.drop();
  }
});

const cases: [string, Omit<FaultRule, 'path'> & { path?: string }][] = [
  ['slow responses', { kind: 'delay', delayMs: 300, count: 3 }],
  ['HTTP 5xx', { kind: 'http-error', status: 503, count: 3 }],
  ['HTTP 200 with an error body', { kind: 'error-body', count: 3 }],
  ['truncated bodies', { kind: 'truncate', count: 3 }],
  ['a truncated permit file', { kind: 'truncate', path: '/credit/files/xzxk/xzxk_', count: 1 }],
  ['a schema-breaking row among good rows', { kind: 'bad-row', count: 3 }],
  ['the same row on two pages', { kind: 'repeat-row', count: 5 }],
  ['an empty answer mid-walk', { kind: 'empty', path: '/credit/sgs/xzcf', count: 1 }],
  ['faults at random on every path', { kind: 'http-error', rate: 0.2, seed: 9, count: 20 }],
];

test.each(cases)('%s: stored result equals a fault-free run, row for row', async (_name, rule) => {
  sim.faults.inject({ path: '/credit', ...rule } as FaultRule);
  const db = await syncedDatabase('kf_fault');
  expect(await tablesOf(db)).toEqual(reference);
});

test('a corrected permit file replacing one with the same name is applied, row for row', async () => {
  const db = await syncedDatabase('kf_fault_fix');
  const [first] = sim.credit.permits.list();
  if (!first) throw new Error('no permit file');
  sim.credit.permits.correct(first.name);
  for (const source of sourcesFor(baseUrl)) await runSource(db, source, { logger });
  const corrected = await tablesOf(await syncedDatabase('kf_fault_fix_ref'));
  expect(await tablesOf(db)).toEqual(corrected);
  expect(corrected).not.toEqual(reference);
});
