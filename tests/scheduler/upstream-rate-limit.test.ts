import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type TestDatabase } from '@keyfield/core';
import { configureUpstreamHosts, fetchBytes, runSource, UpstreamHosts } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';
import { countingProxy, type CountingProxy } from './support/counting-proxy';

const logger = createLogger('rate-limit-test', 'silent');
const settings = { maxConcurrent: 3, minSpacingMs: 0, breakerFailures: 5, breakerHalfOpenMs: 30_000 };
let server: Server;
let port: number;
/** Requests in flight and the most seen at once, per Host header. */
const inFlight = new Map<string, { now: number; max: number; total: number }>();

beforeAll(async () => {
  // Holds every request a while, so a client that is not limited has them all in flight at once.
  server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const c = inFlight.get(host) ?? { now: 0, max: 0, total: 0 };
    inFlight.set(host, c);
    c.now += 1;
    c.total += 1;
    c.max = Math.max(c.max, c.now);
    setTimeout(() => {
      c.now -= 1;
      res.end('ok');
    }, 100);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

test('at most K requests to one host are in flight at once, whatever the callers do; another host has its own K', async () => {
  const hosts = new UpstreamHosts(settings);
  const options = { timeoutMs: 10_000, attempts: 1, retryDelayMs: 0, hosts };
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const all = origins.flatMap((origin) => Array.from({ length: 20 }, (_, i) => fetchBytes(`${origin}/r/${i}`, options)));
  const answers = await Promise.all(all);
  expect(answers.every((a) => a.status === 200)).toBe(true);
  expect([...inFlight.entries()].sort()).toEqual([
    [`127.0.0.1:${port}`, { now: 0, max: 3, total: 20 }],
    [`localhost:${port}`, { now: 0, max: 3, total: 20 }],
  ]);
});

describe('a whole sync, every source at once', () => {
  let sim: Simulator;
  let proxy: CountingProxy;
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    configureUpstreamHosts({ ...settings, maxConcurrent: 2 });
    sim = createSimulator({ seed: 67, size: 300 });
    proxy = await countingProxy(await sim.listen(0));
    ({ database, db } = await migratedDatabase('kf_sched_rate'));
  });

  afterAll(async () => {
    await proxy.close();
    await sim.close();
    await db.destroy();
    await database.drop();
  });

  test('six sources paging the simulator in parallel never have more than K requests in flight to it', async () => {
    sim.faults.inject({ kind: 'delay', path: '/credit', rate: 1, delayMs: 30 });
    const sources = sourcesFor(proxy.url);
    const results = await Promise.all(sources.map((s) => runSource(db, s, { logger })));
    expect(results.every((c) => c.fetched > 0)).toBe(true);
    expect(proxy.counts.requests).toBeGreaterThan(sources.length);
    expect(proxy.counts.maxInFlight).toBe(2);
  });
});
