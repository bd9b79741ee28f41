import { createLogger } from '@keyfield/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGateway } from '../server';
import { slowSubgraph } from './support/slow-subgraph';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

test('identical queries in flight at once reach the subgraph as one request', async () => {
  const subgraph = await slowSubgraph(300, { data: { region: { name: '海沧区' } } });
  const gateway = await createGateway({
    supergraphSdl: SUPERGRAPH,
    subgraphUrls: { catalog: subgraph.url },
    logger: createLogger('gateway-test', 'silent'),
  });
  try {
    const url = await gateway.listen(0);
    const ask = (): Promise<unknown> => fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "350205") { name } }' }),
    }).then((res) => res.json());
    const answers = await Promise.all([ask(), ask(), ask()]);
    expect(answers).toEqual(Array(3).fill({ data: { region: { name: '海沧区' } } }));
    expect(subgraph.requests).toHaveLength(1);
  } finally {
    await gateway.close();
    await subgraph.close();
  }
});
