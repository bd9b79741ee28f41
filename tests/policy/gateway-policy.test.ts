import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createLogger, TEST_SIGNING_SECRET, type Role, type SubgraphServer, type RequestContext, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { createGateway, type Gateway } from '../../gateway/src/server';
import { catalogDataSource } from '../../services/catalog/src/db';
import { createCatalogServer } from '../../services/catalog/src/server';
import { creditDataSource } from '../../services/credit/src/db';
import { createCreditServer } from '../../services/credit/src/server';
import { migratedDatabase } from '../support/credit-env';
import { authHeaders, TEST_JWT } from '../support/tokens';
import { CASES, insertPolicyRecords, ORG } from './support/policy-records';

/**
 * The policy matrix through the real gateway (JWT → signed identity → subgraph SQL), for the
 * paths a portal and an analyst take; the subgraph-level matrix is subgraph-policy.test.ts.
 * The subgraphs' clock is fixed at 2026-12-02, the day the fixture's states are written for.
 */
let database: TestDatabase;
let setup: DataSource;
let catalog: DataSource;
let credit: DataSource;
let servers: SubgraphServer<RequestContext>[];
let gateway: Gateway;
let url: string;

beforeAll(async () => {
  ({ database, db: setup } = await migratedDatabase('kf_gateway_policy'));
  await insertPolicyRecords(setup);
  catalog = catalogDataSource(database.url);
  credit = creditDataSource(database.url);
  await Promise.all([catalog.initialize(), credit.initialize()]);
  const logger = createLogger('gateway-policy-test', 'silent');
  const serve = { signingSecret: TEST_SIGNING_SECRET, clock: () => new Date('2026-12-02T10:00:00+08:00') };
  servers = [
    (await createCatalogServer(catalog, logger, serve)) as unknown as SubgraphServer<RequestContext>,
    (await createCreditServer(credit, logger, serve)) as unknown as SubgraphServer<RequestContext>,
  ];
  const [catalogUrl, creditUrl] = await Promise.all(servers.map((s) => s.listen(0)));
  gateway = await createGateway({
    supergraphSdl: readFileSync('schema/supergraph.graphql', 'utf8'), subgraphUrls: { catalog: catalogUrl ?? '', credit: creditUrl ?? '' },
    logger, signingSecret: TEST_SIGNING_SECRET, jwt: TEST_JWT,
  });
  url = await gateway.listen(0);
});

afterAll(async () => {
  await gateway.close();
  for (const s of servers) await s.close();
  await Promise.all([catalog.destroy(), credit.destroy(), setup.destroy()]);
  await database.drop();
});

async function query(role: Role, text: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authHeaders(role)), ...headers }, body: JSON.stringify({ query: text, variables }) });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

const PUBLIC_NOW = 5;
const PROFILE = `query($u: String!) { organization(uscc: $u) { name legalRepresentative penalties(first: 50) { totalCount nodes { publicity { reason } } }
  abnormalListings { totalCount } } penalties(first: 50) { totalCount nodes { subject { name } } } }`;

test.each([
  ['public', PUBLIC_NOW, PUBLIC_NOW - 1, 1],
  ['analyst', CASES.length, CASES.length - 1, 2],
  ['admin', CASES.length, CASES.length - 1, 2],
  ['sync', CASES.length, CASES.length - 1, 2],
] as [Role, number, number, number][])('%s through the gateway: root list, totalCount and organization { penalties } of its view', async (role, all, ofOrg, listings) => {
  const res = await query(role, PROFILE, { u: ORG });
  expect(res.errors).toBeUndefined();
  expect(res.data.penalties.totalCount).toBe(all);
  expect(res.data.penalties.nodes).toHaveLength(all);
  expect(res.data.organization.penalties.totalCount).toBe(ofOrg);
  expect(res.data.organization.abnormalListings.totalCount).toBe(listings);
  expect(res.data.organization.legalRepresentative).toBe('林国栋');
  const body = JSON.stringify(res);
  expect(body).not.toContain('欧阳明华');
  expect(body).not.toContain('110101199003071234');
});

test('a forged token gets 401 UNAUTHENTICATED, never the public view (expired and unknown-role tokens: gateway/src/__tests__/identity.test.ts)', async () => {
  const forged = await query('public', '{ penalties { totalCount } }', undefined, { authorization: `${(await authHeaders('analyst')).authorization?.slice(0, -4)}AAAA` });
  expect(forged.status).toBe(401);
  expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(forged.data).toBeUndefined();
});

test('an identity a client writes into its own extensions is ignored', async () => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ penalties { totalCount } }', extensions: { identity: { role: 'admin', subject: 'me', domains: [] } } }) });
  expect(((await res.json()) as { data: { penalties: { totalCount: number } } }).data.penalties.totalCount).toBe(PUBLIC_NOW);
});

test('writes through the gateway need a sync token of the domain', async () => {
  const push = 'mutation { ingestRepairs(records: []) { accepted } }';
  expect((await query('public', push)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await query('analyst', push)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await query('sync', push)).errors).toBeUndefined();
});
