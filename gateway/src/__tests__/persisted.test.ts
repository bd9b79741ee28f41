import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, parse, validate } from 'graphql';
import { measureOperation } from '../limits/measure-operation';
import { DEFAULT_LIMITS } from '../limits/request-limits';
import { limitErrors } from '../limits/too-complex';
import { documentHash, loadPersistedDocuments, parsePersistedDocuments, type PersistedDocuments } from '../persisted/persisted-documents';
import { fakeStack, SUPERGRAPH, type FakeStack } from './support/fake-gateway';
import { post } from './support/graphql-client';
import { tokenFor } from './support/tokens';

const PORTAL_FILE = join(__dirname, '..', '..', 'persisted', 'portal.json');
const REGION_PAGE = 'RegionPage';
const HAICANG = {
  code: '350205', name: '海沧区', fullName: '福建省厦门市海沧区', level: 'COUNTY',
  parent: { code: '350200', name: '厦门市', parent: { code: '350000', name: '福建省' } }, children: [],
};

let documents: PersistedDocuments;
let stack: FakeStack;

function hashOf(operationName: string): string {
  const entry = [...documents].find(([, document]) => document.includes(`query ${operationName}(`));
  if (!entry) throw new Error(`no persisted ${operationName}`);
  return entry[0];
}

beforeAll(async () => {
  documents = await loadPersistedDocuments(PORTAL_FILE);
  stack = await fakeStack({ data: { region: HAICANG } }, { persistedDocuments: documents, publicPersistedOnly: true });
});

afterAll(() => stack.close());

test('every persisted portal document is valid against the supergraph and within the public limits', () => {
  const schema = buildASTSchema(parse(SUPERGRAPH), { assumeValidSDL: true });
  expect(documents.size).toBeGreaterThanOrEqual(5);
  for (const document of documents.values()) {
    const ast = parse(document);
    expect(validate(schema, ast)).toEqual([]);
    const measure = measureOperation(schema, ast, undefined, {});
    expect(measure && limitErrors(measure, DEFAULT_LIMITS.public, 'public')).toEqual([]);
  }
});

test('a persisted-documents file whose hash is not its document\'s is refused', () => {
  expect(() => parsePersistedDocuments(JSON.stringify({ [documentHash('{ a }')]: '{ b }' }), 'portal.json')).toThrow(/does not hash to its key/);
  expect(Object.keys(JSON.parse(readFileSync(PORTAL_FILE, 'utf8')) as object)).toHaveLength(documents.size);
});

test('anonymous clients run a persisted document by its hash', async () => {
  const reply = await post(stack.url, { operationName: REGION_PAGE, variables: { code: '350205' }, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(REGION_PAGE) } } });
  expect(reply.errors).toBeUndefined();
  expect(reply.data).toEqual({ region: HAICANG });
  expect(stack.catalog.requests.at(-1)?.raw).toMatch(/"variables":\{"code":"350205"\}/);
});

test('in persisted-only mode an anonymous client\'s own document is refused with PERSISTED_QUERY_ONLY', async () => {
  const reply = await post(stack.url, '{ region(code: "350205") { name } }');
  expect(reply.status).toBe(403);
  expect(reply.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_ONLY' });
  expect(reply.errors?.[0]?.message).toMatch(/only the portal's persisted documents/);
});

test('an unknown hash is PERSISTED_QUERY_NOT_FOUND', async () => {
  const reply = await post(stack.url, { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash('{ unknown }') } } });
  expect(reply.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
});

test('signed-in callers may send their own documents in persisted-only mode', async () => {
  const reply = await post(stack.url, '{ region(code: "350205") { name } }', { token: await tokenFor('analyst') });
  expect(reply.errors).toBeUndefined();
  expect(reply.data).toEqual({ region: { name: '海沧区' } });
});
