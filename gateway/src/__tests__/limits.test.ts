import type { RoleLimits } from '../limits/request-limits';
import { fakeStack, type FakeStack } from './support/fake-gateway';
import { post } from './support/graphql-client';
import { tokenFor } from './support/tokens';

const LIMITS: RoleLimits = {
  public: { maxDepth: 3, maxAliases: 2, maxCost: 50, maxTokens: 40, maxListSize: 100 },
  signedIn: { maxDepth: 6, maxAliases: 10, maxCost: 1_000, maxTokens: 400, maxListSize: 100 },
};

const NORMAL = '{ region(code: "350205") { name } }';

let stack: FakeStack;

beforeAll(async () => {
  stack = await fakeStack({ data: { region: { name: '海沧区' }, regions: { nodes: [] } } }, { limits: LIMITS });
});

afterAll(() => stack.close());

test.each([
  ['depth', '{ region(code: "350205") { parent { parent { name } } } }', 'Query too complex: depth 4 exceeds the limit of 3 for anonymous clients', { limit: 'depth', value: 4, max: 3 }],
  ['aliases', '{ a: region(code: "1") { name } b: region(code: "2") { name } c: region(code: "3") { name } }', 'Query too complex: 3 aliases exceed the limit of 2 for anonymous clients', { limit: 'aliases', value: 3, max: 2 }],
  ['list size', '{ regions(first: 500) { nodes { code } } }', 'Query too complex: list size 500 (first on Query.regions) exceeds the limit of 100 for anonymous clients', { limit: 'listSize', value: 500, max: 100 }],
  ['cost', '{ regions(first: 30) { nodes { code name } } }', /^Query too complex: cost 91 exceeds the budget of 50 \(/, { limit: 'cost', value: 91, max: 50 }],
  ['tokens', `{ ${Array.from({ length: 8 }, (_, i) => `r${i}: region(code: "${i}") { name }`).join(' ')} }`, 'Query too complex: the document has more than 40 tokens, the limit for anonymous clients', { limit: 'tokens', max: 40 }],
])('over the %s limit: QUERY_TOO_COMPLEX naming it, nothing sent to the subgraph, and the next query is served', async (_, query, message, extensions) => {
  const before = stack.catalog.requests.length;
  const reply = await post(stack.url, query);
  expect(reply.data ?? undefined).toBeUndefined();
  expect(reply.errors?.every((e) => e.extensions?.['code'] === 'QUERY_TOO_COMPLEX')).toBe(true);
  expect(reply.errors?.[0]?.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ...extensions });
  expect(stack.catalog.requests).toHaveLength(before);
  expect((await post(stack.url, NORMAL)).data).toEqual({ region: { name: '海沧区' } });
});

test('a `first` from a variable counts like a literal one', async () => {
  const reply = await post(stack.url, { query: 'query($n: Int) { regions(first: $n) { nodes { code } } }', variables: { n: 101 } });
  expect(reply.errors?.map((e) => e.extensions?.['limit'])).toEqual(['listSize', 'cost']);
});

test('signed-in callers have larger budgets than anonymous clients', async () => {
  const reply = await post(stack.url, '{ regions(first: 30) { nodes { code name } } }', { token: await tokenFor('analyst') });
  expect(reply.errors).toBeUndefined();
  expect(reply.data).toEqual({ regions: { nodes: [] } });
  const deeper = await post(stack.url, '{ region(code: "1") { parent { parent { parent { parent { parent { name } } } } } } }', { token: await tokenFor('analyst') });
  expect(deeper.errors?.[0]?.message).toBe('Query too complex: depth 7 exceeds the limit of 6');
});
