import 'reflect-metadata';
import { announceDataChanged, countQueries, createLogger, createTestDatabase, TEST_SIGNING_SECRET, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { CatalogContext } from '../../../services/catalog/src/context';
import { catalogDataSource, prepareCatalog } from '../../../services/catalog/src/db';
import { createCatalogServer } from '../../../services/catalog/src/server';
import { SUBGRAPHS } from '../../../scripts/subgraphs';
import { buildSchemaFiles, SUPERGRAPH_FILE } from '../compose';
import { createGateway, type Gateway } from '../server';
import { post } from './support/graphql-client';
import { TEST_JWT, tokenFor } from './support/tokens';

/** The public response cache: hits skip the subgraphs, other roles never touch it, a change drops it. */
let database: TestDatabase;
let db: DataSource;
let catalog: SubgraphServer<CatalogContext>;
let gateway: Gateway;
let url: string;
let catalogUrl: string;

beforeAll(async () => {
  database = await createTestDatabase('kf_gateway_cache');
  db = catalogDataSource(database.url);
  await db.initialize();
  await prepareCatalog(db);
  catalog = await createCatalogServer(db, createLogger('catalog-test', 'silent'), { signingSecret: TEST_SIGNING_SECRET });
  catalogUrl = await catalog.listen(0);
  const { files } = await buildSchemaFiles(SUBGRAPHS);
  gateway = await createGateway({
    supergraphSdl: files.get(SUPERGRAPH_FILE) ?? '', subgraphUrls: { catalog: catalogUrl }, logger: createLogger('gateway-test', 'silent'),
    signingSecret: TEST_SIGNING_SECRET, jwt: TEST_JWT, responseCache: { ttlMs: 60_000, maxEntries: 100, maxMb: 8, databaseUrl: database.url },
  });
  url = await gateway.listen(0);
});

afterAll(async () => {
  await gateway.close();
  await catalog.close();
  await db.destroy();
  await database.drop();
});

const REGION = 'query($c: String!) { region(code: $c) { name parent { name } } }';

/** The reply to `body`, and how many SQL queries the catalog subgraph ran for it. */
async function counted(body: Record<string, unknown>, token?: string) {
  const counter = countQueries(db);
  try {
    const reply = await post(url, body, { token });
    return { reply, queries: counter.count };
  } finally {
    counter.stop();
  }
}

/** Waits until the gateway has had time to receive a notification. */
const settle = () => new Promise((r) => setTimeout(r, 200));

test('a public request repeated is served from the cache, without reaching the subgraph', async () => {
  const first = await counted({ query: REGION, variables: { c: '350205' } });
  const second = await counted({ query: REGION, variables: { c: '350205' } });
  expect(first.reply.data).toEqual({ region: { name: '海沧区', parent: { name: '厦门市' } } });
  expect(second.reply.data).toEqual(first.reply.data);
  expect(first.queries).toBeGreaterThan(0);
  expect(second.queries).toBe(0);
  const other = await counted({ query: REGION, variables: { c: '350203' } });
  expect(other.queries).toBeGreaterThan(0);
});

test('signed-in callers never read from or write to the cache', async () => {
  const token = await tokenFor('analyst');
  const first = await counted({ query: REGION, variables: { c: '350206' } }, token);
  const second = await counted({ query: REGION, variables: { c: '350206' } }, token);
  expect(second.queries).toBe(first.queries);
  expect(first.queries).toBeGreaterThan(0);
  // Nor did the analyst's answers become the public's.
  expect((await counted({ query: REGION, variables: { c: '350206' } })).queries).toBeGreaterThan(0);
});

test('a change announced by any writer drops every cached public response', async () => {
  await counted({ query: REGION, variables: { c: '350211' } });
  expect((await counted({ query: REGION, variables: { c: '350211' } })).queries).toBe(0);
  await announceDataChanged(db, 'catalog.region');
  await settle();
  expect((await counted({ query: REGION, variables: { c: '350211' } })).queries).toBeGreaterThan(0);
  expect((await counted({ query: REGION, variables: { c: '350211' } })).queries).toBe(0);
});

test('a change announced in a transaction that rolls back drops nothing', async () => {
  await counted({ query: REGION, variables: { c: '350212' } });
  await db.transaction(async (tx) => {
    await announceDataChanged(tx, 'catalog.region');
    throw new Error('roll back');
  }).catch(() => undefined);
  await settle();
  expect((await counted({ query: REGION, variables: { c: '350212' } })).queries).toBe(0);
});

test('an answer carrying errors is never kept', async () => {
  const partial = '{ region(code: "350213") { name } bad: region(code: "35x") { name } }';
  const first = await counted({ query: partial });
  expect(first.reply.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  expect(first.queries).toBeGreaterThan(0);
  expect((await counted({ query: partial })).queries).toBe(first.queries);
});

test('a GET request is cached by its URL, and answered with the same bytes and content type', async () => {
  const get = () => fetch(`${url}?${new URLSearchParams({ query: REGION, variables: JSON.stringify({ c: '350205' }) })}`, { headers: { accept: 'application/json' } });
  const counter = countQueries(db);
  try {
    const first = await get();
    const afterFirst = counter.count;
    const second = await get();
    expect(afterFirst).toBeGreaterThan(0);
    expect(counter.count).toBe(afterFirst);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await second.text()).toBe(await first.text());
  } finally {
    counter.stop();
  }
});

test('a cached answer spends the anonymous client’s rate limit like any other request', async () => {
  const { files } = await buildSchemaFiles(SUBGRAPHS);
  const limited = await createGateway({
    supergraphSdl: files.get(SUPERGRAPH_FILE) ?? '', subgraphUrls: { catalog: catalogUrl }, logger: createLogger('gateway-test', 'silent'),
    signingSecret: TEST_SIGNING_SECRET, jwt: TEST_JWT, responseCache: { ttlMs: 60_000, maxEntries: 100, maxMb: 8, databaseUrl: database.url },
    rateLimits: { public: { points: 3, windowSeconds: 60 }, signedIn: { points: 0, windowSeconds: 60 } },
  });
  try {
    const limitedUrl = await limited.listen(0);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post(limitedUrl, { query: REGION, variables: { c: '350205' } })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  } finally {
    await limited.close();
  }
});

test('a request asking for a stream goes around the cache', async () => {
  const streamed = async (): Promise<number> => {
    const counter = countQueries(db);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: REGION, variables: { c: '350205' } }) });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await res.text();
      return counter.count;
    } finally {
      counter.stop();
    }
  };
  expect(await streamed()).toBeGreaterThan(0);
  expect(await streamed()).toBeGreaterThan(0);
});
