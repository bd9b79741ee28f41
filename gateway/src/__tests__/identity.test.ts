import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, PUBLIC_IDENTITY, TEST_SIGNING_SECRET, verifyRequestBody } from '@keyfield/core';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { jwtOptionsFor } from '../identity/jwt-options';
import { createGateway } from '../server';
import { fakeStack, SUPERGRAPH, type FakeStack } from './support/fake-gateway';
import { post } from './support/graphql-client';
import { slowSubgraph } from './support/slow-subgraph';
import { tokenFor } from './support/tokens';

const QUERY = '{ region(code: "350205") { name } }';
const REGION = { data: { region: { name: '海沧区' } } };

let stack: FakeStack;

beforeAll(async () => {
  stack = await fakeStack(REGION);
});

afterAll(() => stack.close());

function lastIdentity(): unknown {
  return stack.catalog.requests.at(-1)?.identity;
}

test('without an Authorization header the caller is the public, and the subgraph is told so in a signed body', async () => {
  const reply = await post(stack.url, QUERY);
  expect(reply.status).toBe(200);
  expect(reply.data).toEqual(REGION.data);
  const request = stack.catalog.requests.at(-1);
  expect(request?.identity).toEqual(PUBLIC_IDENTITY);
  expect(request?.signature).toEqual({ ok: true });
  expect(verifyRequestBody(TEST_SIGNING_SECRET, request?.raw ?? '', { 'x-keyfield-signature': request?.headers['x-keyfield-signature'] as string, 'x-keyfield-timestamp': request?.headers['x-keyfield-timestamp'] as string })).toEqual({ ok: true });
  // The signature covers exactly the bytes sent: one changed character breaks it.
  expect(verifyRequestBody(TEST_SIGNING_SECRET, (request?.raw ?? '').replace('public', 'admin'), request?.headers as Record<string, string>).ok).toBe(false);
});

test('a valid token reaches the subgraph as its role, subject and domains', async () => {
  expect((await post(stack.url, QUERY, { token: await tokenFor('analyst', { subject: 'li.wei' }) })).data).toEqual(REGION.data);
  expect(lastIdentity()).toEqual({ role: 'analyst', subject: 'li.wei', domains: [] });
  expect((await post(stack.url, QUERY, { token: await tokenFor('sync', { subject: 'credit-sync', domains: ['credit', 'trading'] }) })).data).toEqual(REGION.data);
  expect(lastIdentity()).toEqual({ role: 'sync', subject: 'credit-sync', domains: ['credit', 'trading'] });
});

test('an identity the client puts in its own extensions never reaches the subgraph', async () => {
  await post(stack.url, { query: QUERY, extensions: { identity: { role: 'admin', subject: 'me', domains: [] } } });
  expect(lastIdentity()).toEqual(PUBLIC_IDENTITY);
});

test.each([
  ['an expired token', () => tokenFor('analyst', { ttl: -60 }), /the token has expired/],
  ['a token signed with another key', () => tokenFor('analyst', { secret: 'another-secret-of-at-least-thirty-two-chars' }), /signature does not match/],
  ['a token with an unknown role', () => tokenFor('superuser' as 'admin'), /role "superuser" is unknown/],
  ['a token claiming the public role', () => tokenFor('public' as 'admin'), /role "public" is unknown/],
  ['a token with a role in Chinese', () => tokenFor('管理员' as 'admin'), /role "管理员" is unknown/],
  ['a sync token without domains', () => tokenFor('sync', { domains: [] }), /must carry a "domains" claim/],
  ['a token without exp', () => new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(new TextEncoder().encode('keyfield-gateway-test-jwt-secret-0123456789')), /"exp"/],
  ['a malformed token', async () => 'not.a.jwt', /malformed/],
])('%s is refused with 401 UNAUTHENTICATED saying what is wrong, and nothing reaches the subgraph', async (_, token, message) => {
  const before = stack.catalog.requests.length;
  const reply = await post(stack.url, QUERY, { token: await token() });
  expect(reply.status).toBe(401);
  expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  expect(reply.data ?? undefined).toBeUndefined();
  expect(reply.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(reply.errors?.[0]?.message).toMatch(message);
  expect(stack.catalog.requests).toHaveLength(before);
});

test('an Authorization header that is not a bearer token is refused, not treated as public', async () => {
  const reply = await post(stack.url, QUERY, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
  expect(reply.status).toBe(401);
  expect(reply.errors?.[0]?.message).toMatch(/"Bearer <token>"/);
});

test('the gateway keeps serving after refusing tokens', async () => {
  expect((await post(stack.url, QUERY)).data).toEqual(REGION.data);
});

test('tokens from an identity provider verify against a JWKS file', async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const dir = mkdtempSync(join(tmpdir(), 'kf-jwks-'));
  const path = join(dir, 'jwks.json');
  writeFileSync(path, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }] }));
  const jwt = await jwtOptionsFor({ keys: { kind: 'jwks-file', path }, issuer: 'https://idp.example', audience: 'keyfield' });
  const idp = await fakeStack(REGION, { jwt });
  try {
    const sign = (issuer: string) => new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .setSubject('ops.zhang').setIssuer(issuer).setAudience('keyfield').setExpirationTime('5m').sign(privateKey);
    expect((await post(idp.url, QUERY, { token: await sign('https://idp.example') })).data).toEqual(REGION.data);
    expect(idp.catalog.requests.at(-1)?.identity).toEqual({ role: 'admin', subject: 'ops.zhang', domains: [] });
    const wrongIssuer = await post(idp.url, QUERY, { token: await sign('https://elsewhere.example') });
    expect(wrongIssuer.status).toBe(401);
    expect(wrongIssuer.errors?.[0]?.message).toMatch(/"iss"/);
    // An HS256 token, even one signed with a secret, is not accepted where keys come from a JWKS.
    expect((await post(idp.url, QUERY, { token: await tokenFor('admin') })).status).toBe(401);
  } finally {
    await idp.close();
  }
});

test('when the identity provider\'s keys cannot be fetched, a token gets 503 UPSTREAM_UNAVAILABLE, not a refusal', async () => {
  const keys = await slowSubgraph(0, 'not a key set');
  const idp = await fakeStack(REGION, { jwt: { keys: { kind: 'jwks-url', url: keys.url } } });
  try {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('a').setExpirationTime('5m').sign(privateKey);
    const reply = await post(idp.url, QUERY, { token });
    expect(reply.status).toBe(503);
    expect(reply.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    expect((await post(idp.url, QUERY)).data).toEqual(REGION.data);
  } finally {
    await idp.close();
    await keys.close();
  }
});

test('a subgraph refusing the gateway\'s signature is our fault: logged, and INTERNAL_SERVER_ERROR to the caller, never UNAUTHENTICATED', async () => {
  const catalog = await slowSubgraph(0, REGION, 'a-different-signing-secret-0123456789abcdef');
  const lines: string[] = [];
  const logger = createLogger('gateway-test', 'error', { write: (line: string) => lines.push(line) });
  const gateway = await createGateway({ supergraphSdl: SUPERGRAPH, subgraphUrls: { catalog: catalog.url }, logger, signingSecret: TEST_SIGNING_SECRET });
  try {
    const reply = await post(await gateway.listen(0), QUERY);
    expect(reply.errors?.map((e) => e.extensions?.['code'])).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(lines.join('\n')).toMatch(/refused the gateway's request signature/);
  } finally {
    await gateway.close();
    await catalog.close();
  }
});
