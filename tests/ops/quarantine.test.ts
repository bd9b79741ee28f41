import { codesOf, serveOps, startOpsEnv, type OpsEnv, type OpsServer } from './support/ops-env';

let env: OpsEnv;
let ops: OpsServer;

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_quarantine', { seed: 43, size: 300, malformedRate: 0.05 });
  ops = await serveOps(env);
});

afterAll(async () => {
  await ops.close();
  await env.stop();
});

const ENTRY = 'id source stage reason locator recordKey record createdAt resolvedAt rawPage { id url status contentType encoding encodingBasis sha256 fetchedAt byteLength }';

test('the list shows every open entry newest first, with the raw page it came from', async () => {
  const res = await ops.gql(`{ quarantine(first: 100, filter: { resolved: false }) { totalCount nodes { ${ENTRY} } } }`);
  expect(res.errors).toBeUndefined();
  const { totalCount, nodes } = res.data.quarantine;
  const [{ n }] = (await env.db.query('SELECT count(*)::int AS n FROM sync.quarantine WHERE resolved_at IS NULL')) as [{ n: number }];
  expect(totalCount).toBe(n);
  expect(n).toBeGreaterThan(5);
  expect(nodes.map((e: { id: string }) => Number(e.id))).toEqual([...nodes.map((e: { id: string }) => Number(e.id))].sort((a, b) => b - a));
  for (const e of nodes) {
    expect(e.resolvedAt).toBeNull();
    expect(e.rawPage.url).toBe(e.locator.replace(/[#:]\d+$/, ''));
    expect(e.rawPage.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(e.rawPage.byteLength).toBeGreaterThan(100);
    expect(e.rawPage.status).toBe(200);
  }
  const [page] = (await env.db.query('SELECT octet_length(bytes) AS n, encoding FROM sync.raw_page WHERE id = $1', [nodes[0].rawPage.id])) as { n: number; encoding: string }[];
  expect(nodes[0].rawPage).toMatchObject({ byteLength: page?.n, encoding: page?.encoding });
});

test('filters by source, reason text and stage; pages follow one another', async () => {
  const res = await ops.gql('{ quarantine(filter: { source: "credit/xzcf", reason: "cf_nr_fk", stage: "convert" }, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id source reason } } }');
  expect(res.errors).toBeUndefined();
  const q = res.data.quarantine;
  expect(q.totalCount).toBeGreaterThan(2);
  for (const e of q.nodes) expect(e).toMatchObject({ source: 'credit/xzcf', reason: expect.stringMatching(/^CF_NR_FK/) });
  const next = await ops.gql('query($after: String) { quarantine(filter: { source: "credit/xzcf", reason: "cf_nr_fk" }, first: 100, after: $after) { nodes { id } } }',
    { after: q.pageInfo.endCursor });
  expect(next.data.quarantine.nodes.length).toBe(q.totalCount - 2);
  expect(Number(next.data.quarantine.nodes[0].id)).toBeLessThan(Number(q.nodes[1].id));
  const literal = await ops.gql('{ quarantine(filter: { reason: "100%_" }) { totalCount } }');
  expect(literal.data.quarantine.totalCount).toBe(0);
});

test('the summary counts open entries per source and reason, as stored', async () => {
  const res = await ops.gql('{ quarantineSummary { source reason stage count } one: quarantineSummary(source: "credit/xzcf") { source } }');
  expect(res.errors).toBeUndefined();
  const stored = (await env.db.query(
    'SELECT source, reason, stage, count(*)::int AS count FROM sync.quarantine WHERE resolved_at IS NULL GROUP BY 1, 2, 3')) as object[];
  expect(res.data.quarantineSummary).toEqual(expect.arrayContaining(stored));
  expect(res.data.quarantineSummary).toHaveLength(stored.length);
  expect(new Set(res.data.one.map((r: { source: string }) => r.source))).toEqual(new Set(['credit/xzcf']));
});

test('one entry by id carries its wire record, with personal numbers masked', async () => {
  const [row] = (await env.db.query(
    `SELECT id::text AS id, record FROM sync.quarantine WHERE source = 'credit/xzcf' AND coalesce(record->>'CF_FR_ZJHM', '') <> '' ORDER BY id LIMIT 1`,
  )) as { id: string; record: Record<string, string> }[];
  const res = await ops.gql(`query($id: ID!) { quarantineEntry(id: $id) { ${ENTRY} } }`, { id: row?.id });
  expect(res.errors).toBeUndefined();
  const record = JSON.parse(res.data.quarantineEntry.record) as Record<string, string>;
  expect(record['CF_WSH']).toBe(row?.record['CF_WSH']);
  const raw = row?.record['CF_FR_ZJHM'] ?? '';
  expect(raw).toMatch(/^\w{18}$/);
  expect(record['CF_FR_ZJHM']).toBe(`${raw.slice(0, 6)}********${raw.slice(14)}`);
  const none = await ops.gql('{ quarantineEntry(id: "999999") { id } }');
  expect(none).toMatchObject({ data: { quarantineEntry: null } });
});

test('bad filters and ids are BAD_USER_INPUT saying what to change', async () => {
  const bad = [
    ['{ quarantine(filter: { source: "xzcf" }) { totalCount } }', /^filter\.source: no source is named "xzcf"\. Use one of credit\/qyxx, /],
    ['{ quarantine(filter: { stage: "load" }) { totalCount } }', /^filter\.stage: .*Use one of decode, parse, convert/],
    ['{ quarantine(first: 101) { totalCount } }', /^first: /],
    ['{ quarantine(after: "not-a-cursor") { totalCount } }', /^after: /],
    ['{ quarantineEntry(id: "12abc") { id } }', /^id: "12abc" is not an id/],
    ['{ quarantineSummary(source: "credit") { count } }', /^source: no source is named "credit"/],
  ] as const;
  for (const [query, message] of bad) {
    const res = await ops.gql(query);
    expect({ query, codes: codesOf(res) }).toEqual({ query, codes: ['BAD_USER_INPUT'] });
    expect(res.errors?.[0].message).toMatch(message);
  }
});
