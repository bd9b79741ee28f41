import { createLogger } from '@keyfield/core';
import { RunAborted, runSourceObserved } from '@keyfield/sync';
import { serveOps, startOpsEnv, type OpsEnv, type OpsServer } from './support/ops-env';

let env: OpsEnv;
let ops: OpsServer;
let metricsUrl: string;

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_metrics', { seed: 59, size: 300, malformedRate: 0.03 });
  ops = await serveOps(env);
  metricsUrl = ops.url.replace(/\/graphql$/, '/metrics');
});

afterAll(async () => {
  await ops.close();
  await env.stop();
});

/** `name{labels} value` lines of a scrape, as a map. */
async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(metricsUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const series = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^(keyfield_\S+) (\S+)$/.exec(line);
    if (m?.[1] && m[2]) series.set(m[1], Number(m[2]));
  }
  return series;
}

test('after a sync the scrape has runs, records, durations, lag and open quarantine per source', async () => {
  const series = await scrape();
  for (const source of env.sources().map((s) => s.name)) {
    expect({ source, runs: series.get(`keyfield_sync_runs_total{source="${source}",status="succeeded"}`) }).toEqual({ source, runs: 1 });
    expect(series.get(`keyfield_sync_run_duration_seconds_count{source="${source}",status="succeeded"}`)).toBe(1);
    expect(series.has(`keyfield_sync_quarantine_open{source="${source}"}`)).toBe(true);
    expect(series.get(`keyfield_sync_held_snapshots_open{source="${source}"}`)).toBe(0);
  }
  const [{ n: inserted }] = (await env.db.query(`SELECT count(*)::int AS n FROM credit.penalty`)) as [{ n: number }];
  expect(series.get('keyfield_sync_records_total{source="credit/xzcf",outcome="inserted"}')).toBe(inserted);
  const [{ n: open }] = (await env.db.query(`SELECT count(*)::int AS n FROM sync.quarantine WHERE source = 'credit/xzcf' AND resolved_at IS NULL`)) as [{ n: number }];
  expect(open).toBeGreaterThan(0);
  expect(series.get('keyfield_sync_quarantine_open{source="credit/xzcf"}')).toBe(open);
  expect(series.get('keyfield_sync_records_total{source="credit/xzcf",outcome="quarantined"}')).toBe(open);
  expect(series.get('keyfield_sync_lag_seconds{source="credit/xzcf"}')).toBeGreaterThan(3600);
  expect(series.has('keyfield_sync_lag_seconds{source="credit/xzxk"}')).toBe(false);
  expect([...series.keys()].some((k) => k.startsWith('keyfield_process_cpu'))).toBe(true);
});

test('labels are bounded: sources, statuses and outcomes, never URLs or record keys', async () => {
  const series = await scrape();
  const syncSeries = [...series.keys()].filter((k) => k.startsWith('keyfield_sync_') || k.startsWith('keyfield_quarantine_'));
  expect(syncSeries.length).toBeGreaterThan(20);
  for (const key of syncSeries) {
    const labels = key.slice(key.indexOf('{') + 1, -1).split(',').map((l) => l.split('=')[0]);
    expect({ key, ok: labels.every((l) => ['source', 'status', 'outcome', 'le'].includes(l ?? '')) }).toEqual({ key, ok: true });
    expect(key).not.toMatch(/http|\|/);
  }
});

test('a second run adds only what it did; a failed run counts as failed; gauges follow the database', async () => {
  env.sim.advance({ inserts: 5, updates: 0, deletes: 0 });
  await env.syncAll();
  const series = await scrape();
  expect(series.get('keyfield_sync_runs_total{source="credit/xzcf",status="succeeded"}')).toBe(2);
  const [{ n }] = (await env.db.query(`SELECT count(*)::int AS n FROM credit.penalty`)) as [{ n: number }];
  expect(series.get('keyfield_sync_records_total{source="credit/xzcf",outcome="inserted"}')).toBe(n);

  const controller = new AbortController();
  controller.abort(new Error('test timeout'));
  await expect(runSourceObserved(env.db, env.source('credit/jyyc'), { logger: createLogger('t', 'silent'), signal: controller.signal })).rejects.toBeInstanceOf(RunAborted);
  await env.db.query(`UPDATE sync.quarantine SET resolved_at = now() WHERE source = 'credit/xzcf'`);
  const after = await scrape();
  expect(after.get('keyfield_sync_runs_total{source="credit/jyyc",status="timed_out"}')).toBe(1);
  expect(after.get('keyfield_sync_quarantine_open{source="credit/xzcf"}')).toBe(0);
});

test('a full run that holds its snapshot counts as held, and the hold shows as a gauge', async () => {
  env.sim.faults.inject({ kind: 'empty', path: '/credit/sgs/xzcf', count: 1000 });
  try {
    await runSourceObserved(env.db, env.source('credit/xzcf'), { logger: createLogger('t', 'silent'), mode: 'full' });
  } finally {
    env.sim.faults.clear();
  }
  const series = await scrape();
  expect(series.get('keyfield_sync_runs_total{source="credit/xzcf",status="held"}')).toBe(1);
  expect(series.get('keyfield_sync_held_snapshots_open{source="credit/xzcf"}')).toBe(1);
});

test('/graphql and /health still answer next to /metrics', async () => {
  expect((await fetch(ops.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  expect((await ops.gql('{ syncSources { name } }')).data.syncSources.length).toBe(6);
  expect((await fetch(metricsUrl, { method: 'POST' })).status).toBe(405);
});
