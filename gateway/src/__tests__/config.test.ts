import { ConfigError, TEST_SIGNING_SECRET } from '@keyfield/core';
import { loadConfig, subgraphUrlEnv } from '../config';
import { DEFAULT_LIMITS } from '../limits/request-limits';

const SIGNED = { SUBGRAPH_SIGNING_SECRET: TEST_SIGNING_SECRET };
const JWT_SECRET = 'a-jwt-secret-of-at-least-thirty-two-chars';

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.join('\n');
  }
  throw new Error('loadConfig accepted the environment');
}

test('defaults serve the committed supergraph on port 4000 with no overrides', () => {
  const config = loadConfig(SIGNED);
  expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', subgraphUrls: {}, production: false, signingSecret: TEST_SIGNING_SECRET, publicPersistedOnly: false });
  expect(config.supergraphPath).toMatch(/schema\/supergraph\.graphql$/);
  expect(config.persistedDocumentsPath).toMatch(/gateway\/persisted\/portal\.json$/);
  expect(config.limits).toEqual(DEFAULT_LIMITS);
  expect(config.rateLimits).toMatchObject({ public: { points: 300, windowSeconds: 60 }, signedIn: { points: 1200, windowSeconds: 60 } });
});

test('SUBGRAPH_URL_<NAME> overrides that subgraph, named in lower case as in the supergraph', () => {
  const config = loadConfig({ ...SIGNED, [subgraphUrlEnv('catalog')]: 'http://catalog:4101/graphql/' });
  expect(config.subgraphUrls).toEqual({ catalog: 'http://catalog:4101/graphql' });
});

test('every bad variable is named in one error', () => {
  const problems = problemsOf({
    GATEWAY_PORT: 'http', SUBGRAPH_URL_CREDIT: 'credit:4102', GATEWAY_SHUTDOWN_GRACE_MS: '-1', GATEWAY_PUBLIC_MAX_DEPTH: '0', GATEWAY_PUBLIC_RATE_LIMIT: 'lots',
  });
  for (const name of ['GATEWAY_PORT', 'SUBGRAPH_URL_CREDIT', 'GATEWAY_SHUTDOWN_GRACE_MS', 'GATEWAY_PUBLIC_MAX_DEPTH', 'GATEWAY_PUBLIC_RATE_LIMIT']) {
    expect(problems).toContain(name);
  }
});

test('the subgraph signing secret is required, and must be long enough to be a secret', () => {
  expect(problemsOf({})).toMatch(/SUBGRAPH_SIGNING_SECRET: not set/);
  expect(problemsOf({ SUBGRAPH_SIGNING_SECRET: 'short' })).toMatch(/SUBGRAPH_SIGNING_SECRET: too short/);
});

test('outside production without token keys the development secret file is used; production requires keys', () => {
  expect(loadConfig(SIGNED).jwt.keys).toEqual({ kind: 'development', path: expect.stringMatching(/\.data\/dev-jwt-secret$/) });
  expect(problemsOf({ ...SIGNED, KEYFIELD_PRODUCTION: 'true' })).toMatch(/JWT_SECRET, JWT_JWKS_FILE or JWT_JWKS_URL: production needs one/);
  expect(loadConfig({ ...SIGNED, KEYFIELD_PRODUCTION: 'true', JWT_SECRET, JWT_ISSUER: 'keyfield' }).jwt).toEqual({ keys: { kind: 'secret', secret: JWT_SECRET }, issuer: 'keyfield' });
});

test('token keys come from one source only, and a short JWT_SECRET is refused', () => {
  expect(problemsOf({ ...SIGNED, JWT_SECRET, JWT_JWKS_URL: 'https://idp.example/jwks' })).toMatch(/set only one of them/);
  expect(problemsOf({ ...SIGNED, JWT_SECRET: 'short' })).toMatch(/JWT_SECRET: too short/);
  expect(loadConfig({ ...SIGNED, JWT_JWKS_URL: 'https://idp.example/jwks' }).jwt.keys).toEqual({ kind: 'jwks-url', url: 'https://idp.example/jwks' });
});

test('limits and rate limits are read per kind of caller', () => {
  const config = loadConfig({ ...SIGNED, GATEWAY_PUBLIC_MAX_COST: '900', GATEWAY_SIGNED_IN_MAX_DEPTH: '20', GATEWAY_MAX_LIST_SIZE: '50', GATEWAY_PUBLIC_RATE_LIMIT: '0', GATEWAY_CLIENT_IP_HEADER: 'X-Forwarded-For' });
  expect(config.limits.public).toEqual({ ...DEFAULT_LIMITS.public, maxCost: 900, maxListSize: 50 });
  expect(config.limits.signedIn).toEqual({ ...DEFAULT_LIMITS.signedIn, maxDepth: 20, maxListSize: 50 });
  expect(config.rateLimits).toMatchObject({ public: { points: 0 }, clientIpHeader: 'x-forwarded-for' });
});
