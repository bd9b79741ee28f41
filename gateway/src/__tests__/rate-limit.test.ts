import { fakeStack, type FakeStack } from './support/fake-gateway';
import { post } from './support/graphql-client';
import { tokenFor } from './support/tokens';

const QUERY = '{ region(code: "350205") { name } }';

let stack: FakeStack;

beforeAll(async () => {
  stack = await fakeStack({ data: { region: { name: '海沧区' } } }, {
    rateLimits: { public: { points: 3, windowSeconds: 60 }, signedIn: { points: 5, windowSeconds: 60 }, clientIpHeader: 'x-forwarded-for' },
  });
});

afterAll(() => stack.close());

const from = (ip: string) => ({ headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } });

test('an anonymous client over its budget gets 429 RATE_LIMITED with Retry-After, and nothing reaches the subgraph', async () => {
  for (let i = 0; i < 3; i += 1) expect((await post(stack.url, QUERY, from('203.0.113.7'))).status).toBe(200);
  const before = stack.catalog.requests.length;
  const reply = await post(stack.url, QUERY, from('203.0.113.7'));
  expect(reply.status).toBe(429);
  const retryAfter = Number(reply.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(reply.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  expect(reply.errors?.[0]?.message).toMatch(/an anonymous client may send 3 requests per 60 s; retry after \d+ s/);
  expect(stack.catalog.requests).toHaveLength(before);
});

test('other clients keep their own budgets', async () => {
  expect((await post(stack.url, QUERY, from('198.51.100.4'))).status).toBe(200);
});

test('a signed-in caller spends its own budget by subject, wherever it calls from', async () => {
  const token = await tokenFor('analyst', { subject: 'wang.fang' });
  const statuses: number[] = [];
  for (let i = 0; i < 6; i += 1) statuses.push((await post(stack.url, QUERY, { token, ...from(`192.0.2.${i}`) })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  // The blocked address of the anonymous client does not block the signed-in caller behind it.
  expect((await post(stack.url, QUERY, { token: await tokenFor('analyst', { subject: 'zhao.min' }), ...from('203.0.113.7') })).status).toBe(200);
});
