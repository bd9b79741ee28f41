import { createLogger, metricsRegistry, type TestDatabase } from '@keyfield/core';
import { configureUpstreamHosts, runSource, UpstreamCircuitOpenError, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../support/credit-env';
import { countingProxy, type CountingProxy } from './support/counting-proxy';
import { runsOf } from './support/sync-runs';

const logger = createLogger('circuit-test', 'silent');
const HALF_OPEN_MS = 1500;
let sim: Simulator;
let proxy: CountingProxy;
let database: TestDatabase;
let db: DataSource;
let sources: Map<string, AnySource>;

beforeAll(async () => {
  // This process's policies for every host: three failed attempts in a row open a circuit.
  configureUpstreamHosts({ maxConcurrent: 4, minSpacingMs: 0, breakerFailures: 3, breakerHalfOpenMs: HALF_OPEN_MS });
  sim = createSimulator({ seed: 61, size: 200 });
  proxy = await countingProxy(await sim.listen(0));
  sources = new Map(sourcesFor(proxy.url).map((s) => [s.name, s]));
  ({ database, db } = await migratedDatabase('kf_sched_circuit'));
});

afterAll(async () => {
  await proxy.close();
  await sim.close();
  await db.destroy();
  await database.drop();
});

function source(name: string): AnySource {
  const s = sources.get(name);
  if (!s) throw new Error(`no source ${name}`);
  return s;
}

/** The value of a labelled metric of the shared registry, 0 when absent. */
async function metric(name: string, labels: Record<string, string>): Promise<number> {
  const values = (await metricsRegistry.getSingleMetric(name)?.get())?.values ?? [];
  const match = values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return match?.value ?? 0;
}

test('repeated 5xx open the host’s circuit: runs fail fast with that cause and nothing more reaches the upstream; it closes once the upstream recovers', async () => {
  const host = new URL(proxy.url).host;
  sim.faults.inject({ kind: 'http-error', status: 503, path: '/credit', rate: 1 });

  await expect(runSource(db, source('credit/xzcf'), { logger })).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
  expect(proxy.counts.requests).toBe(3);
  const [failed] = await runsOf(db, 'credit/xzcf');
  expect(failed).toMatchObject({ status: 'failed', error: expect.stringContaining('circuit is open') });
  expect(failed?.error).toContain('HTTP 503');

  // Another source on the same host fails at once, without a request.
  await expect(runSource(db, source('credit/qyxx'), { logger })).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
  expect(proxy.counts.requests).toBe(3);
  expect(await metric('keyfield_upstream_errors_total', { host, outcome: 'http_error' })).toBe(3);
  expect(await metric('keyfield_upstream_errors_total', { host, outcome: 'circuit_open' })).toBe(2);
  expect(await metric('keyfield_upstream_circuit_state', { host })).toBe(1);

  sim.faults.clear();
  await new Promise((r) => setTimeout(r, HALF_OPEN_MS));
  const counts = await runSource(db, source('credit/xzcf'), { logger });
  expect(counts.fetched).toBeGreaterThan(0);
  expect(proxy.counts.requests).toBeGreaterThan(3);
  expect(await metric('keyfield_upstream_circuit_state', { host })).toBe(0);
  expect((await runsOf(db, 'credit/xzcf')).map((r) => r.status)).toEqual(['failed', 'succeeded']);
});

test('upstream metrics are labelled by host and outcome only, never by URL', async () => {
  for (const name of ['keyfield_upstream_request_duration_seconds', 'keyfield_upstream_errors_total']) {
    const values = (await metricsRegistry.getSingleMetric(name)?.get())?.values ?? [];
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) {
      const labels = Object.keys(v.labels).filter((k) => k !== 'le');
      expect(labels.sort()).toEqual(['host', 'outcome']);
      expect(String(v.labels['host'])).not.toContain('/');
    }
  }
});
