import { runSource } from '@keyfield/sync';
import { codesOf, serveOps, startOpsEnv, type OpsEnv, type OpsServer } from './support/ops-env';

let env: OpsEnv;
let ops: OpsServer;

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_held', { seed: 53, size: 300 });
  ops = await serveOps(env);
});

afterAll(async () => {
  await ops.close();
  await env.stop();
});

afterEach(() => env.sim.faults.clear());

const HELD = 'id source status storedCount snapshotCount vanishingCount vanishingShare threshold decidedAt decidedBy runId appliedAt appliedRunId';

/** A full run of the penalties against an upstream that answers every page empty (an outage). */
async function emptySnapshot(): Promise<void> {
  env.sim.faults.inject({ kind: 'empty', path: '/credit/sgs/xzcf', count: 1000 });
  await runSource(env.db, env.source('credit/xzcf'), { logger: env.logger, mode: 'full' });
}

const status = async () => (await ops.gql(`{ syncSource(name: "credit/xzcf") { lastRun { id status counts { stored pulled vanishing } } heldSnapshot { ${HELD} } } }`)).data.syncSource;

test('a held snapshot shows on its source; releasing it records the decision and the next full run applies it', async () => {
  await emptySnapshot();
  const held = await status();
  expect(held.lastRun).toMatchObject({ status: 'held', counts: { pulled: 0 } });
  expect(held.heldSnapshot).toMatchObject({ source: 'credit/xzcf', status: 'held', snapshotCount: 0, decidedAt: null, runId: held.lastRun.id, appliedAt: null });
  expect(held.heldSnapshot.vanishingCount).toBe(held.lastRun.counts.vanishing);
  expect(held.heldSnapshot.vanishingShare).toBe(1);
  expect(held.heldSnapshot.threshold).toBeCloseTo(0.2);

  const res = await ops.gql(`mutation($id: ID!) { releaseHeldSnapshot(id: $id) { ${HELD} } }`, { id: held.heldSnapshot.id });
  expect(res.errors).toBeUndefined();
  expect(res.data.releaseHeldSnapshot).toMatchObject({ status: 'released', decidedBy: 'admin-user', decidedAt: expect.stringMatching(/\+08:00$/), appliedAt: null });
  expect((await status()).heldSnapshot).toBeNull();
  const [{ active }] = (await env.db.query('SELECT count(*) FILTER (WHERE withdrawn_at IS NULL)::int AS active FROM credit.penalty')) as [{ active: number }];
  expect(active).toBeGreaterThan(200);

  await emptySnapshot();
  const applied = await ops.gql(`query($id: ID!) { heldSnapshot(id: $id) { ${HELD} } }`, { id: held.heldSnapshot.id });
  expect(applied.data.heldSnapshot).toMatchObject({ status: 'released', appliedAt: expect.any(String), appliedRunId: expect.any(String) });

  const again = await ops.gql('mutation($id: ID!) { discardHeldSnapshot(id: $id) { id } }', { id: held.heldSnapshot.id });
  expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
  expect(again.errors?.[0].message).toMatch(/already released by admin-user/);
});

test('discarding a held snapshot keeps the stored records; the hold comes back while the outage lasts', async () => {
  await runSource(env.db, env.source('credit/xzcf'), { logger: env.logger, mode: 'full' });
  await emptySnapshot();
  const { heldSnapshot } = await status();
  const res = await ops.gql(`mutation($id: ID!) { discardHeldSnapshot(id: $id) { ${HELD} } }`, { id: heldSnapshot.id });
  expect(res.data.discardHeldSnapshot).toMatchObject({ id: heldSnapshot.id, status: 'discarded', decidedBy: 'admin-user' });
  await emptySnapshot();
  const next = await status();
  expect(next.heldSnapshot).toMatchObject({ status: 'held' });
  expect(next.heldSnapshot.id).not.toBe(heldSnapshot.id);
  const list = await ops.gql('{ heldSnapshots(filter: { source: "credit/xzcf" }) { totalCount nodes { id status } } d: heldSnapshots(filter: { status: "discarded" }) { nodes { id } } }');
  expect(list.data.heldSnapshots.nodes.map((h: { status: string }) => h.status)).toEqual(['held', 'discarded', 'released']);
  expect(list.data.d.nodes).toEqual([{ id: heldSnapshot.id }]);
});

test('unknown or malformed snapshot ids and filters are BAD_USER_INPUT', async () => {
  const cases = [
    ['mutation { releaseHeldSnapshot(id: "424242") { id } }', /no held snapshot has id 424242/],
    ['mutation { discardHeldSnapshot(id: "-1") { id } }', /"-1" is not an id/],
    ['{ heldSnapshots(filter: { status: "open" }) { totalCount } }', /Use one of held, released, discarded/],
    ['{ heldSnapshots(filter: { source: "xzcf" }) { totalCount } }', /Use one of credit\/qyxx/],
  ] as const;
  for (const [query, message] of cases) {
    const res = await ops.gql(query);
    expect({ query, codes: codesOf(res) }).toEqual({ query, codes: ['BAD_USER_INPUT'] });
    expect(res.errors?.[0].message).toMatch(message);
  }
});
