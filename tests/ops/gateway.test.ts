import { codesOf } from './support/ops-env';
import { startOpsStack, type OpsStack } from './support/ops-stack';

let stack: OpsStack;

beforeAll(async () => {
  stack = await startOpsStack(61, 300);
});

afterAll(async () => {
  await stack.stop();
});

test('sync status, quarantine and its raw pages are served through the real gateway', async () => {
  const res = await stack.query(`{
    syncSources { name lagSeconds openQuarantineCount lastRun { status counts { fetched } } runs(first: 1) { totalCount } }
    quarantine(first: 3, filter: { resolved: false }) { totalCount nodes { id source reason locator rawPage { url sha256 byteLength } } }
    quarantineSummary { source reason count }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.syncSources).toHaveLength(6);
  for (const s of res.data.syncSources) expect(s).toMatchObject({ lastRun: { status: 'succeeded' }, runs: { totalCount: 1 } });
  const open = res.data.syncSources.reduce((n: number, s: { openQuarantineCount: number }) => n + s.openQuarantineCount, 0);
  expect(res.data.quarantine.totalCount).toBe(open);
  expect(res.data.quarantineSummary.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(open);
  for (const e of res.data.quarantine.nodes) expect(e.locator.startsWith(e.rawPage.url)).toBe(true);
});

test('a mutation through the gateway resolves entries; a bad argument keeps its BAD_USER_INPUT code', async () => {
  const list = await stack.query('{ quarantine(first: 2, filter: { resolved: false }) { nodes { id } } }');
  const ids = list.data.quarantine.nodes.map((n: { id: string }) => n.id);
  const res = await stack.query('mutation($ids: [ID!]!) { resolveQuarantine(ids: $ids, note: "through the gateway") { id outcome } }', { ids });
  expect(res.errors).toBeUndefined();
  expect(res.data.resolveQuarantine).toEqual(ids.map((id: string) => ({ id, outcome: 'RESOLVED' })));

  const bad = await stack.query('mutation { redriveQuarantine(ids: ["123456789"]) { id } }');
  expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors?.[0].message).toContain('123456789');
  const unknown = await stack.query('{ syncSource(name: "trading/zfcg") { name } }');
  expect(codesOf(unknown)).toEqual(['BAD_USER_INPUT']);
  expect(unknown.errors?.[0].message).toContain('Use one of credit/qyxx');
});

test('ops sits beside the domain subgraphs in one query', async () => {
  const res = await stack.query('{ region(code: "350200") { name } syncSource(name: "credit/xzcf") { openQuarantineCount } penalties(first: 1) { totalCount } }');
  expect(res.errors).toBeUndefined();
  expect(res.data.region.name).toBe('厦门市');
  expect(res.data.penalties.totalCount).toBeGreaterThan(0);
});
