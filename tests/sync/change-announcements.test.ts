import { createLogger, DATA_CHANGED_CHANNEL, type TestDatabase } from '@keyfield/core';
import { runSource } from '@keyfield/sync';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';

/**
 * Every write path announces the tables it changed, on commit (the gateway's public response cache
 * is dropped by these): a sync that stores something, a withdrawal; a run that changes nothing is silent.
 */
let database: TestDatabase;
let db: DataSource;
let sim: Simulator;
let listener: Client;
const heard: string[] = [];
const logger = createLogger('announce-test', 'silent');

beforeAll(async () => {
  ({ database, db } = await migratedDatabase('kf_announce'));
  sim = createSimulator({ seed: 17, size: 300 });
  listener = new Client({ connectionString: database.url });
  await listener.connect();
  listener.on('notification', (n) => heard.push(n.payload ?? ''));
  await listener.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
});

afterAll(async () => {
  await listener.end();
  await sim.close();
  await db.destroy();
  await database.drop();
});

/** What was announced while `work` ran (notifications arrive on commit, then over the socket). */
async function announcedDuring(work: () => Promise<unknown>): Promise<string[]> {
  heard.length = 0;
  await work();
  // A round trip on the listening connection: every notification sent before it has arrived.
  await listener.query('SELECT 1');
  return [...new Set(heard)];
}

test('a sync that stores records announces their table; the same sync again, changing nothing, announces nothing', async () => {
  const source = sourcesFor(await sim.listen(0)).find((s) => s.name === 'credit/xzcf');
  if (!source) throw new Error('credit/xzcf missing');
  expect(await announcedDuring(() => runSource(db, source, { logger }))).toEqual(['credit.penalty']);
  expect(await announcedDuring(() => runSource(db, source, { logger }))).toEqual([]);
  sim.advance({ inserts: 0, updates: 3, deletes: 2, permits: 0 });
  expect(await announcedDuring(() => runSource(db, source, { logger }))).toEqual(['credit.penalty']);
});
