import 'reflect-metadata';
import { createServer, type AddressInfo } from 'node:net';
import { createLogger, createTestDatabase, TEST_SIGNING_SECRET, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { CatalogContext } from '../../../services/catalog/src/context';
import { catalogDataSource, prepareCatalog } from '../../../services/catalog/src/db';
import { createCatalogServer } from '../../../services/catalog/src/server';
import { SUBGRAPHS } from '../../../scripts/subgraphs';
import { buildSchemaFiles, SUPERGRAPH_FILE } from '../compose';
import { createGateway, type Gateway } from '../server';

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let database: TestDatabase;
let db: DataSource;
let catalog: SubgraphServer<CatalogContext>;
let gateway: Gateway;
let url: string;
let supergraphSdl: string;

async function gql(query: string): Promise<GraphQLResponse> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as GraphQLResponse;
}

/** Resolves true when nothing listens on the port any more (a fresh server can bind it). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

beforeAll(async () => {
  database = await createTestDatabase('kf_gateway');
  db = catalogDataSource(database.url);
  await db.initialize();
  await prepareCatalog(db);
  catalog = await createCatalogServer(db, createLogger('catalog-test', 'silent'), { signingSecret: TEST_SIGNING_SECRET });
  const catalogUrl = await catalog.listen(0);
  const { files } = await buildSchemaFiles(SUBGRAPHS);
  supergraphSdl = files.get(SUPERGRAPH_FILE) ?? '';
  gateway = await createGateway({
    supergraphSdl,
    subgraphUrls: { catalog: catalogUrl },
    logger: createLogger('gateway-test', 'silent'),
    signingSecret: TEST_SIGNING_SECRET,
  });
  url = await gateway.listen(0);
});

afterAll(async () => {
  await catalog.close();
  await db.destroy();
  await database.drop();
});

test('a region and its parent resolve through the gateway from the catalog subgraph, which accepts the gateway\'s signature', async () => {
  const res = await gql('{ region(code: "350205") { name parent { name } } }');
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ region: { name: '海沧区', parent: { name: '厦门市' } } });
});

test('a query naming an unknown field gets a coded GraphQL error and the gateway keeps serving', async () => {
  const bad = await gql('{ region(code: "350205") { nmae } }');
  expect(bad.data ?? undefined).toBeUndefined();
  expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const good = await gql('{ region(code: "350205") { name } }');
  expect(good.data).toEqual({ region: { name: '海沧区' } });
});

test('a subgraph error keeps its code through the gateway', async () => {
  const res = await gql('{ region(code: "35-02") { name } }');
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('a subgraph that cannot be reached is UPSTREAM_UNAVAILABLE naming it', async () => {
  const closedPort = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const cut = await createGateway({
    supergraphSdl,
    subgraphUrls: { catalog: `http://127.0.0.1:${closedPort}/graphql` },
    logger: createLogger('gateway-test', 'silent'),
    signingSecret: TEST_SIGNING_SECRET,
  });
  try {
    const res = await fetch(await cut.listen(0), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ region(code: "350205") { name } }' }),
    });
    const body = (await res.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', service: 'catalog' });
  } finally {
    await cut.close();
  }
});

test('a URL override naming no subgraph of the supergraph is refused at creation', async () => {
  await expect(createGateway({ supergraphSdl, subgraphUrls: { catalgo: 'http://127.0.0.1:1/graphql' }, logger: createLogger('gateway-test', 'silent'), signingSecret: TEST_SIGNING_SECRET }))
    .rejects.toThrow(/SUBGRAPH_URL_CATALGO names no subgraph of the supergraph \(it has: .*catalog/);
});

test('a browser asking for HTML at the GraphQL URL gets GraphiQL', async () => {
  const res = await fetch(url, { headers: { accept: 'text/html' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  const page = await res.text();
  expect(page).toMatch(/graphiql/i);
  // Served whole from the gateway: a browser with no other network still gets a working IDE.
  expect(page).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/i);
});

test('in production mode there is no GraphiQL and no introspection', async () => {
  const prod = await createGateway({ supergraphSdl, subgraphUrls: {}, production: true, logger: createLogger('gateway-test', 'silent'), signingSecret: TEST_SIGNING_SECRET });
  try {
    const prodUrl = await prod.listen(0);
    const page = await fetch(prodUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const res = await fetch(prodUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await res.json()) as GraphQLResponse;
    expect(body.data ?? undefined).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  } finally {
    await prod.close();
  }
});

test('health and readiness answer 200', async () => {
  const base = new URL(url);
  expect((await fetch(new URL('/healthcheck', base))).status).toBe(200);
  expect((await fetch(new URL('/readiness', base))).status).toBe(200);
});

test('close() resolves and frees the port', async () => {
  const port = Number(new URL(url).port);
  await gateway.close();
  expect(await portIsFree(port)).toBe(true);
});
