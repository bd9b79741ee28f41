import { ConfigError } from '@keyfield/core';
import { loadConfig, subgraphUrlEnv } from '../config';

test('defaults serve the committed supergraph on port 4000 with no overrides', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', subgraphUrls: {}, production: false });
  expect(config.supergraphPath).toMatch(/schema\/supergraph\.graphql$/);
});

test('SUBGRAPH_URL_<NAME> overrides that subgraph, named in lower case as in the supergraph', () => {
  const config = loadConfig({ [subgraphUrlEnv('catalog')]: 'http://catalog:4101/graphql/' });
  expect(config.subgraphUrls).toEqual({ catalog: 'http://catalog:4101/graphql' });
});

test('every bad variable is named in one error', () => {
  let error: unknown;
  try {
    loadConfig({ GATEWAY_PORT: 'http', SUBGRAPH_URL_CREDIT: 'credit:4102', GATEWAY_SHUTDOWN_GRACE_MS: '-1' });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const problems = (error as ConfigError).problems.join('\n');
  expect(problems).toMatch(/GATEWAY_PORT/);
  expect(problems).toMatch(/SUBGRAPH_URL_CREDIT/);
  expect(problems).toMatch(/GATEWAY_SHUTDOWN_GRACE_MS/);
});
