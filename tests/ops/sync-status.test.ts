import { countQueries } from '@keyfield/core';
import { codesOf, serveOps, startOpsEnv, type OpsEnv, type OpsServer } from './support/ops-env';

let env: OpsEnv;
let ops: OpsServer;

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_status', { seed: 41, size: 300, malformedRate: 0.03 });
  ops = await serveOps(env);
});

afterAll(async () => {
  await ops.close();
  await env.stop();
});

const STATUS = `{
  syncSources {
    name system table cursor cursorUpdatedAt lagSeconds openQuarantineCount
    lastRun { id status trigger mode startedAt finishedAt durationSeconds error
      counts { fetched inserted updated unchanged withdrawn quarantined batches stored } }
    currentRun { id }
    heldSnapshot { id }
    runs(first: 5) { totalCount nodes { id status } }
  }
}`;

test('after a sync every source shows its last run, counts, cursor, lag and open quarantine', async () => {
  const res = await ops.gql(STATUS);
  expect(res.errors).toBeUndefined();
  const sources = res.data.syncSources as any[];
  expect(sources.map((s) => s.name)).toEqual(env.sources().map((s) => s.name));
  const stored = (await env.db.query(`SELECT source, count(*)::int AS n FROM sync.quarantine WHERE resolved_at IS NULL GROUP BY source`)) as { source: string; n: number }[];
  for (const s of sources) {
    expect(s.system).toBe('credit');
    expect(s.lastRun).toMatchObject({ status: 'succeeded', trigger: 'cli', mode: 'incremental', error: null });
    expect(s.lastRun.finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(s.lastRun.counts.fetched).toBeGreaterThan(0);
    expect(s.lastRun.counts.inserted + s.lastRun.counts.quarantined).toBeLessThanOrEqual(s.lastRun.counts.fetched);
    expect(s.lastRun.counts.stored).toBeNull();
    expect(s.currentRun).toBeNull();
    expect(s.heldSnapshot).toBeNull();
    expect(s.runs).toMatchObject({ totalCount: 1, nodes: [{ id: s.lastRun.id, status: 'succeeded' }] });
    expect(s.openQuarantineCount).toBe(stored.find((q) => q.source === s.name)?.n ?? 0);
    expect(JSON.parse(s.cursor)).toEqual(expect.any(Object));
  }
  expect(sources.reduce((n, s) => n + s.openQuarantineCount, 0)).toBeGreaterThan(0);
  const penalties = sources.find((s) => s.name === 'credit/xzcf');
  expect(penalties.table).toBe('credit.penalty');
  expect(JSON.parse(penalties.cursor)).toEqual({ since: expect.stringMatching(/^2026-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) });
});

test('lag is now minus the SJC the cursor reached, in seconds; unknown for a file feed', async () => {
  const res = await ops.gql(STATUS);
  const byName = new Map((res.data.syncSources as any[]).map((s) => [s.name, s]));
  const since = JSON.parse(byName.get('credit/xzcf').cursor).since as string;
  const expected = (Date.now() - Date.parse(`${since.replace(' ', 'T')}+08:00`)) / 1000;
  expect(Math.abs(byName.get('credit/xzcf').lagSeconds - expected)).toBeLessThan(5);
  expect(byName.get('credit/xzxk').lagSeconds).toBeNull();
  expect(Object.keys(JSON.parse(byName.get('credit/xzxk').cursor))).toEqual(['files']);
});

test('a running run shows as currentRun with the age of its heartbeat', async () => {
  const [{ id }] = (await env.db.query(
    `INSERT INTO sync.run (source, status, trigger, mode, worker, started_at, heartbeat_at)
     VALUES ('credit/jyyc', 'running', 'schedule', 'incremental', 'host:42', now() - interval '10 minutes', now() - interval '300 seconds') RETURNING id::text AS id`,
  )) as [{ id: string }];
  try {
    const res = await ops.gql('{ syncSource(name: "credit/jyyc") { currentRun { id status worker heartbeatAgeSeconds durationSeconds finishedAt } lastRun { status } runs(first: 1) { nodes { id } } } }');
    expect(res.errors).toBeUndefined();
    const run = res.data.syncSource.currentRun;
    expect(run).toMatchObject({ id, status: 'running', worker: 'host:42', finishedAt: null });
    expect(run.heartbeatAgeSeconds).toBeGreaterThanOrEqual(300);
    expect(run.heartbeatAgeSeconds).toBeLessThan(330);
    expect(run.durationSeconds).toBeGreaterThanOrEqual(600);
    expect(res.data.syncSource.lastRun.status).toBe('succeeded');
    expect(res.data.syncSource.runs.nodes).toEqual([{ id }]);
  } finally {
    await env.db.query('DELETE FROM sync.run WHERE id = $1', [id]);
  }
});

test('runs page newest first, and the status of every source costs the same few queries', async () => {
  await env.syncAll();
  const first = await ops.gql('{ syncSource(name: "credit/xzcf") { runs(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }');
  const runs = first.data.syncSource.runs;
  expect(runs).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
  const next = await ops.gql('query($after: String) { syncSource(name: "credit/xzcf") { runs(first: 5, after: $after) { pageInfo { hasNextPage } nodes { id } } } }',
    { after: runs.pageInfo.endCursor });
  expect(Number(next.data.syncSource.runs.nodes[0].id)).toBeLessThan(Number(runs.nodes[0].id));
  expect(next.data.syncSource.runs.pageInfo.hasNextPage).toBe(false);

  const counter = countQueries(env.ops);
  const res = await ops.gql(STATUS);
  counter.stop();
  expect(res.errors).toBeUndefined();
  // cursor, last run, current run, open quarantine, held snapshot, runs page: one query each for all
  // sources (every source's runs fit on its page, so the page is its own count)
  expect(counter.count).toBe(6);
});

test('an unknown source is a BAD_USER_INPUT that lists the known ones', async () => {
  const res = await ops.gql('{ syncSource(name: "credit/nope") { name } }');
  expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors?.[0].message).toContain('credit/nope');
  expect(res.errors?.[0].message).toContain('credit/xzcf, credit/xyxf');
  const paging = await ops.gql('{ syncSource(name: "credit/xzcf") { runs(first: 500) { totalCount } } }');
  expect(codesOf(paging)).toEqual(['BAD_USER_INPUT']);
});
