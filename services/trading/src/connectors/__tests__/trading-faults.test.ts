import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { FaultRule } from '../../../../../simulator/src/faults/fault-rule';
import type { TradingSimulator } from '../../../../../simulator/src/trading/standalone';
import { sourcesAt, startedSimulator, tablesOf, tradingDatabase } from './trading-env';

/**
 * The upstream faults of feeds.md on `/ggzy` (XML) and `/ccgp` (JSON): the stored result must equal
 * a fault-free run's, row for row, in every trading table.
 */
const logger = createLogger('trading-faults-test', 'silent');
let sim: TradingSimulator;
let url: string;
let reference: Awaited<ReturnType<typeof tablesOf>>;
const opened: { database: TestDatabase; db: DataSource }[] = [];

async function syncedDatabase(prefix: string): Promise<DataSource> {
  const o = await tradingDatabase(prefix);
  opened.push(o);
  for (const source of sourcesAt(url)) await runSource(o.db, source, { logger });
  return o.db;
}

beforeAll(async () => {
  ({ sim, url } = await startedSimulator(5, 600, 0.02));
  reference = await tablesOf(await syncedDatabase('kf_trading_ref'));
});

afterEach(() => sim.faults.clear());

afterAll(async () => {
  await sim.close();
  for (const o of opened) {
    await o.db.destroy();
    await o.database.drop();
  }
});

const cases: [string, FaultRule][] = [
  ['slow responses', { kind: 'delay', path: '/ggzy', delayMs: 300, count: 3 }],
  ['HTTP 5xx from the trading site', { kind: 'http-error', path: '/ggzy', status: 503, count: 3 }],
  ['HTTP 5xx from the procurement site', { kind: 'http-error', path: '/ccgp', status: 502, count: 3 }],
  ['an <ERROR> page with HTTP 200', { kind: 'error-body', path: '/ggzy', count: 3 }],
  ['success:false with HTTP 200', { kind: 'error-body', path: '/ccgp', count: 3 }],
  ['truncated XML', { kind: 'truncate', path: '/ggzy', count: 3 }],
  ['truncated JSON, connection dropped', { kind: 'truncate', path: '/ccgp', mode: 'abort', count: 2 }],
  ['a schema-breaking record among good ones (XML)', { kind: 'bad-row', path: '/ggzy', count: 3 }],
  ['a schema-breaking item among good ones (JSON)', { kind: 'bad-row', path: '/ccgp', count: 3 }],
  ['the same record on two pages', { kind: 'repeat-row', path: '/ggzy/gcjs', count: 5 }],
  ['the same notice on two pages', { kind: 'repeat-row', path: '/ccgp', count: 5 }],
  ['an empty answer mid-walk', { kind: 'empty', path: '/ggzy/gcjs', count: 1 }],
  ['faults at random on every path', { kind: 'http-error', path: '/', rate: 0.15, seed: 21, count: 20 }],
];

test.each(cases)('%s: stored result equals a fault-free run, row for row', async (_name, rule) => {
  sim.faults.inject(rule);
  const db = await syncedDatabase('kf_trading_fault');
  expect(await tablesOf(db)).toEqual(reference);
});

test('records inserted while paging are not lost: the run ends holding what the sites hold', async () => {
  const fresh = await startedSimulator(6, 600);
  try {
    fresh.sim.faults.inject({ kind: 'insert-rows', path: '/ggzy/gcjs', rows: 4, count: 2 });
    fresh.sim.faults.inject({ kind: 'insert-rows', path: '/ccgp', rows: 4, count: 2 });
    const o = await tradingDatabase('kf_trading_late');
    opened.push(o);
    for (const source of sourcesAt(fresh.url)) await runSource(o.db, source, { logger });
    const after = await tradingDatabase('kf_trading_late_ref');
    opened.push(after);
    for (const source of sourcesAt(fresh.url)) await runSource(after.db, source, { logger });
    expect(await tablesOf(o.db)).toEqual(await tablesOf(after.db));
  } finally {
    await fresh.sim.close();
  }
});
