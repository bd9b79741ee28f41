import { createLogger, TEST_SIGNING_SECRET, type RequestContext, type Role, type SubgraphServer } from '@keyfield/core';
import { authHeaders, TEST_JWT } from '../../support/tokens';
import type { DataSource } from 'typeorm';
import { buildSchemaFiles, SUPERGRAPH_FILE } from '../../../gateway/src/compose';
import { createGateway, type Gateway } from '../../../gateway/src/server';
import { catalogDataSource } from '../../../services/catalog/src/db';
import { createCatalogServer } from '../../../services/catalog/src/server';
import { creditDataSource } from '../../../services/credit/src/db';
import { createCreditServer } from '../../../services/credit/src/server';
import { createOpsServer } from '../../../services/ops/src/server';
import { SUBGRAPHS } from '../../../scripts/subgraphs';
import { postGraphql, startOpsEnv, type GqlResult, type OpsEnv } from './ops-env';

/** tests/support/stack.ts plus the ops subgraph: simulator → sync → Postgres → every subgraph → real gateway. */
export interface OpsStack {
  env: OpsEnv;
  gatewayUrl: string;
  /** A GraphQL request through the gateway, as an admin unless `role` says otherwise. */
  query(query: string, variables?: Record<string, unknown>, role?: Role): Promise<GqlResult>;
  stop(): Promise<void>;
}

// Composed from the code, as `npm run compose` does: the committed schema/ may lag behind a branch.
async function composedSupergraph(): Promise<string> {
  const { files } = await buildSchemaFiles(SUBGRAPHS);
  return files.get(SUPERGRAPH_FILE) ?? '';
}

export async function startOpsStack(seed: number, size: number): Promise<OpsStack> {
  const logger = createLogger('ops-stack-test', 'silent');
  const env = await startOpsEnv('kf_ops_stack', { seed, size, malformedRate: 0.03 });
  const catalog = catalogDataSource(env.database.url);
  const credit: DataSource = creditDataSource(env.database.url);
  await Promise.all([catalog.initialize(), credit.initialize()]);
  const serve = { signingSecret: TEST_SIGNING_SECRET };
  const servers: SubgraphServer<RequestContext>[] = [
    (await createCatalogServer(catalog, logger, serve)) as unknown as SubgraphServer<RequestContext>,
    (await createCreditServer(credit, logger, serve)) as unknown as SubgraphServer<RequestContext>,
    (await createOpsServer(env.ops, logger, serve, { sources: env.sources() })) as unknown as SubgraphServer<RequestContext>,
  ];
  const [catalogUrl, creditUrl, opsUrl] = await Promise.all(servers.map((s) => s.listen(0)));
  const gateway: Gateway = await createGateway({
    supergraphSdl: await composedSupergraph(),
    subgraphUrls: { catalog: catalogUrl ?? '', credit: creditUrl ?? '', ops: opsUrl ?? '' },
    logger,
    signingSecret: TEST_SIGNING_SECRET,
    jwt: TEST_JWT,
  });
  const gatewayUrl = await gateway.listen(0);
  return {
    env,
    gatewayUrl,
    query: async (query, variables, role = 'admin') => postGraphql(gatewayUrl, query, variables, await authHeaders(role)),
    async stop() {
      await gateway.close();
      for (const s of servers) await s.close();
      await Promise.all([catalog.destroy(), credit.destroy()]);
      await env.stop();
    },
  };
}
