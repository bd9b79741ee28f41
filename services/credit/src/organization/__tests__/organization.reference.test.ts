import { computeGb11714CheckChar, computeUsccCheckChar, countQueries, isValidUscc, createLogger, createTestDatabase, signedGraphQL, TEST_SIGNING_SECRET, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { CreditContext } from '../../context';
import { creditDataSource, prepareCredit } from '../../db';
import { createCreditServer } from '../../server';

let database: TestDatabase;
let db: DataSource;
let server: SubgraphServer<CreditContext>;
let url: string;

/** A valid USCC for serial n: 91 + region 350205 + organisation code (GB 11714) + check character. */
function uscc(n: number): string {
  const first8 = String(10000000 + n);
  const first17 = `91350205${first8}${computeGb11714CheckChar(first8) ?? ''}`;
  return first17 + (computeUsccCheckChar(first17) ?? '');
}

test('the generated test codes pass both checks', () => {
  expect([0, 7, 99].map((n) => isValidUscc(uscc(n)))).toEqual([true, true, true]);
});

const gql = (query: string, variables?: Record<string, unknown>) => signedGraphQL(url, TEST_SIGNING_SECRET)(query, variables);

beforeAll(async () => {
  database = await createTestDatabase('kf_credit_ref');
  db = creditDataSource(database.url);
  await db.initialize();
  await prepareCredit(db);
  const codes = Array.from({ length: 100 }, (_, i) => uscc(i));
  await db.query(
    `INSERT INTO credit.organization (uscc, uscc_valid, name, name_normalised, region_code, disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
     SELECT c, true, '厦门测试' || i || '有限公司', '厦门测试' || i || '有限公司', '350205', '主动公开', now(), 'credit/qyxx', c, now(), 'h'
     FROM unnest($1::text[]) WITH ORDINALITY AS t(c, i)`, [codes]);
  server = await createCreditServer(db, createLogger('credit-test', 'silent'), { signingSecret: TEST_SIGNING_SECRET });
  url = await server.listen(0);
});

afterAll(async () => {
  await server.close();
  await db.destroy();
  await database.drop();
});

test('_entities for 100 organisations costs one SQL query', async () => {
  const representations = Array.from({ length: 100 }, (_, i) => ({ __typename: 'Organization', uscc: uscc(i) }));
  const counter = countQueries(db);
  const res = await gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { uscc name usccValid } } }', { r: representations });
  counter.stop();
  expect(res.errors).toBeUndefined();
  expect(res.data._entities).toHaveLength(100);
  expect(res.data._entities[42]).toEqual({ uscc: uscc(42), name: '厦门测试43有限公司', usccValid: true });
  expect(counter.count).toBe(1);
});

test('penalties of many organisations come from one query per level', async () => {
  const counter = countQueries(db);
  const res = await gql('{ organizations(first: 50) { nodes { uscc penalties(first: 5) { totalCount nodes { decisionNumber } } } } }');
  counter.stop();
  expect(res.errors).toBeUndefined();
  expect(res.data.organizations.nodes).toHaveLength(50);
  // organisations page, penalties of all 50 in one query; every page holds all of its
  // organisation's penalties, so their totalCount needs no count query
  expect(counter.count).toBe(2);
});

test('organizationsByUscc answers 100 codes in the order asked, their nested lists one SQL query each', async () => {
  const codes = Array.from({ length: 100 }, (_, i) => uscc(99 - i));
  const counter = countQueries(db);
  const res = await gql('query($u: [String!]!) { organizationsByUscc(usccs: $u) { uscc name penalties(first: 3) { totalCount } abnormalListings { totalCount } } }', { u: codes });
  counter.stop();
  expect(res.errors).toBeUndefined();
  expect(res.data.organizationsByUscc.map((o: { uscc: string }) => o.uscc)).toEqual(codes);
  // the register records, penalties of all 100, listings of all 100
  expect(counter.count).toBe(3);
});

test('organizationsByUscc refuses more than 500 codes, or a code that is none, naming it', async () => {
  const many = await gql('query($u: [String!]!) { organizationsByUscc(usccs: $u) { uscc } }', { u: Array.from({ length: 501 }, (_, i) => uscc(i % 100)) });
  expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(many.errors?.[0]?.message).toMatch(/501 codes are more than the 500/);
  const bad = await gql('{ organizationsByUscc(usccs: ["91350205MA31XK2P5K", "nope"]) { uscc } }');
  expect(bad.errors?.[0]?.extensions?.argument).toBe('usccs[1]');
});

test('an organisation known only by its code resolves with the code’s check and region', async () => {
  const res = await gql('{ organization(uscc: "91350100M0001TGQXM") { uscc usccValid usccWarning name } }');
  expect(res.data.organization).toMatchObject({ uscc: '91350100M0001TGQXM', usccValid: false, name: null });
  expect(res.data.organization.usccWarning).toBeTruthy();
});

test('a malformed code is BAD_USER_INPUT, a lower-case or full-width one is normalised', async () => {
  const bad = await gql('{ organization(uscc: "not-a-code") { uscc } }');
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const lower = await gql(`{ organization(uscc: "${uscc(7).toLowerCase()}") { uscc name } }`);
  expect(lower.data.organization).toEqual({ uscc: uscc(7), name: '厦门测试8有限公司' });
  const fullWidth = uscc(7).replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const wide = await gql('query($u: String!) { organization(uscc: $u) { uscc } }', { u: fullWidth });
  expect(wide.data.organization).toEqual({ uscc: uscc(7) });
});

test('bad list arguments are BAD_USER_INPUT with what to change', async () => {
  const res = await gql('{ penalties(first: 101, filter: { decisionDate: { from: "2026/01/01" } }) { totalCount } }');
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test.each([
  ['a cursor with a date that is not one', { after: Buffer.from('["not-a-date","1"]').toString('base64url') }],
  ['a cursor with an id that is not one', { after: Buffer.from('["2026-01-01","x"]').toString('base64url') }],
  ['a cursor with an id out of range', { after: Buffer.from('["2026-01-01",1e20]').toString('base64url') }],
  ['an impossible day', { filter: { decisionDate: { from: '2026-02-30' } } }],
  ['year zero', { filter: { decisionDate: { to: '0000-01-01' } } }],
  ['a NUL character in the text', { filter: { text: 'a\u0000b' } }],
])('%s is BAD_USER_INPUT, not an internal error', async (_name, args) => {
  const res = await gql('query($after: String, $filter: PenaltyFilter) { penalties(after: $after, filter: $filter) { totalCount nodes { id } } }', args);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
