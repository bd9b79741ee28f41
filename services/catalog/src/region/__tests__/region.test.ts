import 'reflect-metadata';
import { createLogger, createTestDatabase, countQueries, signedGraphQL, TEST_SIGNING_SECRET, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { CatalogContext } from '../../context';
import { catalogDataSource, prepareCatalog } from '../../db';
import { createCatalogServer } from '../../server';

let database: TestDatabase;
let db: DataSource;
let server: SubgraphServer<CatalogContext>;

let url: string;
const gql = (query: string, variables?: Record<string, unknown>) => signedGraphQL(url, TEST_SIGNING_SECRET)(query, variables);

beforeAll(async () => {
  database = await createTestDatabase('kf_catalog');
  db = catalogDataSource(database.url);
  await db.initialize();
  await prepareCatalog(db);
  server = await createCatalogServer(db, createLogger('catalog-test', 'silent'), { signingSecret: TEST_SIGNING_SECRET });
  url = await server.listen(0);
});

afterAll(async () => {
  await server.close();
  await db.destroy();
  await database.drop();
});

test('a county resolves with its name, full name, level and parent chain', async () => {
  const res = await gql('{ region(code: "350205") { code name fullName level parent { code name parent { code name } } } }');
  expect(res.errors).toBeUndefined();
  expect(res.data.region).toEqual({
    code: '350205', name: '海沧区', fullName: '福建省厦门市海沧区', level: 'COUNTY',
    parent: { code: '350200', name: '厦门市', parent: { code: '350000', name: '福建省' } },
  });
});

test('seeding twice adds nothing', async () => {
  const before = await db.query('SELECT count(*)::int AS n FROM catalog.region');
  await prepareCatalog(db);
  expect(await db.query('SELECT count(*)::int AS n FROM catalog.region')).toEqual(before);
});

test('children of every listed region come from one SQL query', async () => {
  const counter = countQueries(db);
  const res = await gql('{ regions(filter: { parentCode: "350000" }, first: 20) { totalCount nodes { code children { code } } } }');
  counter.stop();
  expect(res.errors).toBeUndefined();
  expect(res.data.regions.totalCount).toBe(9);
  expect(res.data.regions.nodes[1].children.length).toBeGreaterThan(3);
  // page + one batched children query; the page holds all 9 regions, so it is its own count
  expect(counter.count).toBe(2);
});

test('keyset pages follow one another without overlap', async () => {
  const first = await gql('{ regions(filter: { level: PROVINCE }, first: 10) { pageInfo { hasNextPage endCursor } nodes { code } } }');
  const next = await gql('query($after: String) { regions(filter: { level: PROVINCE }, first: 10, after: $after) { nodes { code } } }',
    { after: first.data.regions.pageInfo.endCursor });
  const a = first.data.regions.nodes.map((n: { code: string }) => n.code);
  const b = next.data.regions.nodes.map((n: { code: string }) => n.code);
  expect(first.data.regions.pageInfo.hasNextPage).toBe(true);
  expect(b[0] > a[a.length - 1]).toBe(true);
});

test('bad input is a BAD_USER_INPUT saying what to change', async () => {
  const res = await gql('{ region(code: "35-02") { code } regionsX: regions(first: 500) { totalCount } }');
  const codes = (res.errors ?? []).map((e) => e.extensions.code);
  expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  expect(res.errors?.[0].message).toMatch(/6-digit/);
});

test('_entities resolves regions for other subgraphs', async () => {
  const res = await gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code name } } }',
    { r: [{ __typename: 'Region', code: '110101' }, { __typename: 'Region', code: '999999' }] });
  expect(res.data._entities).toEqual([{ code: '110101', name: '东城区' }, null]);
});
