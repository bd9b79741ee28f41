import { PUBLIC_IDENTITY, type Identity } from '@keyfield/core';
import { fakeStack } from './support/fake-gateway';
import { post } from './support/graphql-client';
import { tokenFor } from './support/tokens';

const QUERY = '{ region(code: "350205") { name } }';

test('identical queries in flight at once reach the subgraph as one request', async () => {
  const stack = await fakeStack({ data: { region: { name: '海沧区' } } }, {}, 300);
  try {
    const answers = await Promise.all([post(stack.url, QUERY), post(stack.url, QUERY), post(stack.url, QUERY)]);
    expect(answers.map((a) => a.data)).toEqual(Array(3).fill({ region: { name: '海沧区' } }));
    expect(stack.catalog.requests).toHaveLength(1);
  } finally {
    await stack.close();
  }
});

test('the same query from callers of different roles in flight at once is never answered from one subgraph request', async () => {
  // The stand-in answers with the role it was asked by, so a shared response would show.
  const stack = await fakeStack(({ identity }: { identity: unknown }) => ({ data: { region: { name: (identity as Identity).role } } }), {}, 300);
  try {
    const [analyst, admin] = await Promise.all([tokenFor('analyst'), tokenFor('admin')]);
    const answers = await Promise.all([
      post(stack.url, QUERY), post(stack.url, QUERY, { token: analyst }), post(stack.url, QUERY, { token: admin }), post(stack.url, QUERY, { token: analyst }),
    ]);
    expect(answers.map((a) => a.data)).toEqual(['public', 'analyst', 'admin', 'analyst'].map((name) => ({ region: { name } })));
    // One request per distinct caller: the two analyst requests (same subject) still share one.
    expect(stack.catalog.requests.map((r) => (r.identity as Identity).role).sort()).toEqual(['admin', 'analyst', 'public']);
    expect(stack.catalog.requests.find((r) => (r.identity as Identity).role === 'public')?.identity).toEqual(PUBLIC_IDENTITY);
  } finally {
    await stack.close();
  }
});
