import { fakeStack, type FakeStack } from './support/fake-gateway';
import { post } from './support/graphql-client';
import { tokenFor } from './support/tokens';

const INTROSPECT = '{ __schema { queryType { name } } }';

let production: FakeStack;

beforeAll(async () => {
  production = await fakeStack({ data: null }, { production: true });
});

afterAll(() => production.close());

test('in production the public and sync jobs cannot introspect', async () => {
  for (const token of [undefined, await tokenFor('sync')]) {
    const reply = await post(production.url, INTROSPECT, { token });
    expect(reply.data ?? undefined).toBeUndefined();
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  }
});

test('in production analysts and admins may introspect', async () => {
  for (const role of ['analyst', 'admin'] as const) {
    const reply = await post(production.url, INTROSPECT, { token: await tokenFor(role) });
    expect(reply.errors).toBeUndefined();
    expect(reply.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  }
  // A refusal cached for the public is not served to the next analyst, nor the reverse.
  expect((await post(production.url, INTROSPECT)).errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  expect((await post(production.url, INTROSPECT, { token: await tokenFor('analyst') })).errors).toBeUndefined();
});
