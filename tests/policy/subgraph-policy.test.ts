import 'reflect-metadata';
import { createLogger, identityOf, IDENTITY_EXTENSION, signedGraphQL, signRequestBody, TEST_SIGNING_SECRET, type Identity, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { CreditContext } from '../../services/credit/src/context';
import { creditDataSource } from '../../services/credit/src/db';
import { createCreditServer } from '../../services/credit/src/server';
import { migratedDatabase } from '../support/credit-env';
import { CASES, decisionNumberOf, insertPolicyRecords, ORG } from './support/policy-records';

/**
 * The policy matrix at the credit subgraph (policy.md): every role × every record state × every
 * path a request reaches records by. The gateway's own paths are in gateway-policy.test.ts.
 */
let database: TestDatabase;
let setup: DataSource;
let credit: DataSource;
let server: SubgraphServer<CreditContext>;
let url: string;
let now = new Date('2026-12-02T10:00:00+08:00');

beforeAll(async () => {
  ({ database, db: setup } = await migratedDatabase('kf_policy'));
  await insertPolicyRecords(setup);
  credit = creditDataSource(database.url);
  await credit.initialize();
  server = await createCreditServer(credit, createLogger('policy-test', 'silent'), { signingSecret: TEST_SIGNING_SECRET, clock: () => now });
  url = await server.listen(0);
});

afterAll(async () => {
  await server.close();
  await Promise.all([credit.destroy(), setup.destroy()]);
  await database.drop();
});

const PUBLIC = identityOf('public');
const ANALYST = identityOf('analyst');
const ADMIN = identityOf('admin');
const SYNC_CREDIT = identityOf('sync', ['credit']);
const SYNC_TRADING = identityOf('sync', ['trading']);

const NODE = 'decisionNumber subject { name } publicity { isPublic reason since }';
type Node = { decisionNumber: string; subject: { name: string }; publicity: { isPublic: boolean; reason: string | null; since: string | null } };

/** The state names of the nodes of a list, in fixture order. */
function statesOf(nodes: Node[]): string[] {
  const numbers = nodes.map((n) => n.decisionNumber);
  return CASES.map((c, i) => (numbers.includes(decisionNumberOf(i)) ? c.state : null)).filter((s): s is string => s !== null);
}

const VISIBLE_NOW = ['proactive, in window', 'upstream end date beyond the maximum', 'repaired within the minimum', 'special category repaired within its year', 'natural person'];

async function rootList(identity: Identity): Promise<{ nodes: Node[]; totalCount: number }> {
  const res = await signedGraphQL(url, TEST_SIGNING_SECRET, identity)(`{ penalties(first: 100) { totalCount nodes { ${NODE} } } }`);
  expect(res.errors).toBeUndefined();
  return res.data.penalties;
}

describe.each([
  ['public', PUBLIC, VISIBLE_NOW],
  ['a sync job of another domain', SYNC_TRADING, VISIBLE_NOW],
  ['analyst', ANALYST, CASES.map((c) => c.state)],
  ['admin', ADMIN, CASES.map((c) => c.state)],
  ['the credit sync job', SYNC_CREDIT, CASES.map((c) => c.state)],
])('%s', (_name, identity, expected) => {
  test('root list: exactly the records of its view, and a totalCount that counts only those', async () => {
    const list = await rootList(identity);
    expect(statesOf(list.nodes).sort()).toEqual([...expected].sort());
    expect(list.totalCount).toBe(expected.length);
  });

  test('totalCount counted by SQL (a page that does not hold every row) counts the same view', async () => {
    const res = await signedGraphQL(url, TEST_SIGNING_SECRET, identity)(`query($u: String!) {
      penalties(first: 2) { totalCount pageInfo { hasNextPage } } organization(uscc: $u) { penalties(first: 2) { totalCount } } }`, { u: ORG });
    expect(res.data.penalties).toEqual({ totalCount: expected.length, pageInfo: { hasNextPage: true } });
    expect(res.data.organization.penalties.totalCount).toBe(expected.filter((s) => s !== 'natural person').length);
  });

  test('organization { penalties }: the same view, per organisation', async () => {
    const res = await signedGraphQL(url, TEST_SIGNING_SECRET, identity)(`query($u: String!) { organization(uscc: $u) { name penalties(first: 100) { totalCount nodes { ${NODE} } } } }`, { u: ORG });
    const withOrg = expected.filter((s) => s !== 'natural person');
    expect(statesOf(res.data.organization.penalties.nodes).sort()).toEqual([...withOrg].sort());
    expect(res.data.organization.penalties.totalCount).toBe(withOrg.length);
  });

  test('_entities (how other subgraphs reach organisations): the same view', async () => {
    const res = await signedGraphQL(url, TEST_SIGNING_SECRET, identity)(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { uscc penalties(first: 100) { totalCount } } } }',
      { r: [{ __typename: 'Organization', uscc: ORG }] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0].penalties.totalCount).toBe(expected.filter((s) => s !== 'natural person').length);
  });
});

test('analysts see each hidden record marked with why and since when', async () => {
  const list = await rootList(ANALYST);
  const marks = Object.fromEntries(CASES.map((c, i) => {
    const node = list.nodes.find((n) => n.decisionNumber === decisionNumberOf(i));
    return [c.state, node ? [node.publicity.reason, node.publicity.since] : 'missing'];
  }));
  expect(marks).toEqual({
    'proactive, in window': [null, null],
    'on request': ['NOT_PROACTIVE', '2026-01-01T00:00:00+08:00'],
    'not public': ['NOT_PROACTIVE', '2026-01-01T00:00:00+08:00'],
    'no attribute': ['NOT_PROACTIVE', '2026-01-01T00:00:00+08:00'],
    'past the 3-year maximum': ['WINDOW_ENDED', '2025-01-05'],
    'past its upstream end date': ['WINDOW_ENDED', '2026-07-01'],
    'upstream end date beyond the maximum': [null, null],
    'repaired after the minimum': ['REPAIRED', '2026-08-01'],
    'repaired within the minimum': [null, null],
    'special category repaired within its year': [null, null],
    withdrawn: ['WITHDRAWN', '2026-11-01T10:00:00+08:00'],
    'natural person': [null, null],
    'decided in the future': ['NOT_YET', '2026-01-01T00:00:00+08:00'],
  });
});

test('moving the clock moves the windows: a repair ends publicity once the minimum has passed', async () => {
  now = new Date('2027-03-11T09:00:00+08:00');
  try {
    const list = await rootList(ANALYST);
    const mark = (state: string): unknown => list.nodes.find((n) => n.decisionNumber === decisionNumberOf(CASES.findIndex((c) => c.state === state)))?.publicity;
    expect(mark('repaired within the minimum')).toEqual({ isPublic: false, reason: 'REPAIRED', since: '2027-01-09' });
    expect(mark('special category repaired within its year')).toEqual({ isPublic: false, reason: 'REPAIRED', since: '2027-03-10' });
    expect(mark('decided in the future')).toEqual({ isPublic: true, reason: null, since: null });
    expect(mark('upstream end date beyond the maximum')).toEqual({ isPublic: false, reason: 'WINDOW_ENDED', since: '2027-01-08' });
  } finally {
    now = new Date('2026-12-02T10:00:00+08:00');
  }
});

test('a natural person is shown masked to every role, and no id number leaves the subgraph', async () => {
  for (const identity of [PUBLIC, ANALYST, ADMIN]) {
    const res = await signedGraphQL(url, TEST_SIGNING_SECRET, identity)('{ penalties(first: 100) { nodes { subject { name kind } } } }');
    const body = JSON.stringify(res);
    expect(body).not.toContain('欧阳明华');
    expect(body).not.toContain('110101199003071234');
    expect(body).toContain('欧阳**');
  }
});

test('an abnormal listing leaves public view on the day it is removed', async () => {
  const query = '{ abnormalListings(first: 10) { totalCount nodes { listedReason publicity { reason since } } } }';
  const pub = await signedGraphQL(url, TEST_SIGNING_SECRET, PUBLIC)(query);
  expect(pub.data.abnormalListings.nodes.map((n: { listedReason: string }) => n.listedReason)).toEqual(['通过登记的住所无法联系']);
  expect(pub.data.abnormalListings.totalCount).toBe(1);
  const analyst = await signedGraphQL(url, TEST_SIGNING_SECRET, ANALYST)(query);
  expect(analyst.data.abnormalListings.nodes[1]).toEqual({ listedReason: '未按规定公示年度报告', publicity: { reason: 'REMOVED', since: '2026-09-01' } });
});

describe('a direct call to the subgraph port', () => {
  const body = JSON.stringify({ query: '{ penalties { totalCount } }', extensions: { [IDENTITY_EXTENSION]: ANALYST } });
  const post = (headers: Record<string, string>, payload = body) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });

  test('without a signature gets nothing but UNAUTHENTICATED', async () => {
    const res = await post({});
    expect(res.status).toBe(401);
    const json = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(json.data).toBeUndefined();
    expect(json.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  test('with a signature made with another secret gets nothing', async () => {
    expect((await post(signRequestBody('not-the-gateway-secret-but-long-enough-1234', body))).status).toBe(401);
  });

  test('with a valid signature over another body (an identity swapped in) gets nothing', async () => {
    const signedForPublic = JSON.stringify({ query: '{ penalties { totalCount } }', extensions: { [IDENTITY_EXTENSION]: PUBLIC } });
    expect((await post(signRequestBody(TEST_SIGNING_SECRET, signedForPublic), body)).status).toBe(401);
  });

  test('with a signature older than five minutes gets nothing', async () => {
    expect((await post(signRequestBody(TEST_SIGNING_SECRET, body, Date.now() - 6 * 60_000))).status).toBe(401);
  });

  test('a GET (no body to sign) gets nothing, and the server keeps serving', async () => {
    expect((await fetch(`${url}?query=%7Bpenalties%7BtotalCount%7D%7D`)).status).toBe(401);
    expect((await rootList(PUBLIC)).totalCount).toBe(VISIBLE_NOW.length);
  });
});

test('writes: only the domain’s own sync job and admins may push', async () => {
  const push = 'mutation { ingestRepairs(records: []) { accepted } }';
  const codes = async (identity: Identity) => (await signedGraphQL(url, TEST_SIGNING_SECRET, identity)(push)).errors?.map((e) => e.extensions?.code) ?? [];
  expect(await codes(PUBLIC)).toEqual(['FORBIDDEN']);
  expect(await codes(ANALYST)).toEqual(['FORBIDDEN']);
  expect(await codes(SYNC_TRADING)).toEqual(['FORBIDDEN']);
  expect(await codes(SYNC_CREDIT)).toEqual([]);
  expect(await codes(ADMIN)).toEqual([]);
});
