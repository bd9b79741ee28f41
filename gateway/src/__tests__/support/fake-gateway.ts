import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, TEST_SIGNING_SECRET } from '@keyfield/core';
import { createGateway, type Gateway, type GatewayOptions } from '../../server';
import { slowSubgraph, type Answer, type SlowSubgraph } from './slow-subgraph';
import { TEST_JWT } from './tokens';

export const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

/** A gateway over the committed supergraph whose catalog subgraph is a stand-in checking signatures. */
export interface FakeStack {
  url: string;
  gateway: Gateway;
  catalog: SlowSubgraph;
  close(): Promise<void>;
}

export async function fakeStack(answer: Answer, options: Partial<GatewayOptions> = {}, delayMs = 0): Promise<FakeStack> {
  const catalog = await slowSubgraph(delayMs, answer, TEST_SIGNING_SECRET);
  const gateway = await createGateway({
    supergraphSdl: SUPERGRAPH,
    subgraphUrls: { catalog: catalog.url },
    logger: createLogger('gateway-test', 'silent'),
    signingSecret: TEST_SIGNING_SECRET,
    jwt: TEST_JWT,
    ...options,
  });
  const url = await gateway.listen(0);
  return {
    url,
    gateway,
    catalog,
    close: async () => {
      await gateway.close();
      await catalog.close();
    },
  };
}
