import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';

const logger = createLogger('cursor-test', 'silent');
let sim: Simulator;
let baseUrl: string;
const opened: { database: TestDatabase; db: DataSource }[] = [];

async function fresh(prefix: string): Promise<DataSource> {
  const o = await migratedDatabase(prefix);
  opened.push(o);
  return o.db;
}

const penalties = (): AnySource => {
  const source = sourcesFor(baseUrl).find((s) => s.name === 'credit/xzcf');
  if (!source) throw new Error('credit/xzcf missing');
  return source;
};

/** Upstream penalty keys that are neither stored nor quarantined. */
async function missing(db: DataSource): Promise<string[]> {
  const upstream = sim.credit.rows('xzcf').map((r) => `${r.CF_WSH}|${r.CF_CFJGDM}`);
  const stored = new Set(((await db.query(`SELECT decision_number || '|' || authority_code AS k FROM credit.penalty`)) as { k: string }[]).map((r) => r.k));
  const quarantined = new Set(((await db.query('SELECT record_key AS k FROM sync.quarantine')) as { k: string }[]).map((r) => r.k));
  return upstream.filter((k) => !stored.has(k) && !quarantined.has(k));
}

beforeAll(async () => {
  sim = createSimulator({ seed: 11, size: 400 });
  baseUrl = await sim.listen(0);
});

afterEach(() => sim.faults.clear());

afterAll(async () => {
  await sim.close();
  for (const o of opened) {
    await o.db.destroy();
    await o.database.drop();
  }
});

test('rows inserted behind the walk while paging are all stored by the same run', async () => {
  const db = await fresh('kf_cursor_ins');
  sim.faults.inject({ kind: 'insert-rows', rows: 3, path: '/credit/sgs/xzcf', count: 2 });
  await runSource(db, penalties(), { logger });
  expect(await missing(db)).toEqual([]);
});

test('a tie at the cursor split across two runs loses nothing', async () => {
  const db = await fresh('kf_cursor_tie');
  await runSource(db, penalties(), { logger });
  // New rows at exactly the committed cursor's SJC, then a second run.
  const [state] = (await db.query(`SELECT cursor->>'since' AS since FROM sync.state WHERE source = 'credit/xzcf'`)) as { since: string }[];
  sim.faults.inject({ kind: 'insert-rows', rows: 4, path: '/credit/sgs/xzcf', count: 1 });
  await fetch(`${baseUrl}/credit/sgs/xzcf?since=${encodeURIComponent(state?.since ?? '')}&pageNo=1&pageSize=1`);
  await runSource(db, penalties(), { logger });
  expect(await missing(db)).toEqual([]);
});

test('a walk that missed nothing reads each record about once, even where malformed records share a key', async () => {
  const db = await fresh('kf_cursor_once');
  const register = createSimulator({ seed: 20261101, size: 2000 });
  const url = await register.listen(0);
  try {
    const source = sourcesFor(url).find((s) => s.name === 'credit/qyxx');
    if (!source) throw new Error('credit/qyxx missing');
    const counts = await runSource(db, source, { logger });
    const upstream = register.credit.rows('qyxx').length;
    // Re-reads are only the equal-SJC rows at each page's end and the one count request.
    expect(counts.fetched).toBeLessThan(upstream * 1.1);
  } finally {
    await register.close();
  }
});
