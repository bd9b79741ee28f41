import { readFileSync } from 'node:fs';
import { createLogger, TEST_SIGNING_SECRET, type RequestContext, type Role, type SubgraphServer } from '@keyfield/core';
import { authHeaders, TEST_JWT } from './tokens';
import { runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createGateway, type Gateway } from '../../gateway/src/server';
import { catalogDataSource } from '../../services/catalog/src/db';
import { createCatalogServer } from '../../services/catalog/src/server';
import { creditDataSource } from '../../services/credit/src/db';
import { createCreditServer } from '../../services/credit/src/server';
import { createSimulator, type Simulator } from '../../simulator/src/server';
import { migratedDatabase, sourcesFor, tradingSourcesFor } from './credit-env';
import { tradingDataSource } from '../../services/trading/src/db';
import { createTradingServer } from '../../services/trading/src/server';

/** The whole stack on random ports: simulator → sync (credit and trading) → Postgres → subgraphs → real gateway over HTTP. */
export interface Stack {
  gatewayUrl: string;
  sim: Simulator;
  credit: DataSource;
  trading: DataSource;
  /** A GraphQL request through the gateway, as `role` (public: no token). */
  query(query: string, variables?: Record<string, unknown>, role?: Role): Promise<{ data?: any; errors?: any[] }>;
  stop(): Promise<void>;
}

export async function startStack(seed: number, size: number): Promise<Stack> {
  const logger = createLogger('stack-test', 'silent');
  const { database, db } = await migratedDatabase('kf_stack');
  const sim = createSimulator({ seed, size });
  const simUrl = await sim.listen(0);
  for (const source of [...sourcesFor(simUrl), ...tradingSourcesFor(simUrl)]) await runSource(db, source, { logger });
  const catalog = catalogDataSource(database.url);
  const credit = creditDataSource(database.url);
  const trading = tradingDataSource(database.url);
  await Promise.all([catalog.initialize(), credit.initialize(), trading.initialize()]);
  const serve = { signingSecret: TEST_SIGNING_SECRET };
  const servers: SubgraphServer<RequestContext>[] = [
    (await createCatalogServer(catalog, logger, serve)) as unknown as SubgraphServer<RequestContext>,
    (await createCreditServer(credit, logger, serve)) as unknown as SubgraphServer<RequestContext>,
    (await createTradingServer(trading, logger, serve)) as unknown as SubgraphServer<RequestContext>,
  ];
  const [catalogUrl, creditUrl, tradingUrl] = await Promise.all(servers.map((s) => s.listen(0)));
  const gateway: Gateway = await createGateway({
    supergraphSdl: readFileSync('schema/supergraph.graphql', 'utf8'),
    subgraphUrls: { catalog: catalogUrl ?? '', credit: creditUrl ?? '', trading: tradingUrl ?? '' },
    logger,
    signingSecret: TEST_SIGNING_SECRET,
    jwt: TEST_JWT,
  });
  const gatewayUrl = await gateway.listen(0);
  return {
    gatewayUrl,
    sim,
    credit,
    trading,
    async query(query, variables, role = 'public') {
      const headers = { 'content-type': 'application/json', ...(await authHeaders(role)) };
      const res = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return res.json() as Promise<{ data?: any; errors?: any[] }>;
    },
    async stop() {
      await gateway.close();
      for (const s of servers) await s.close();
      await Promise.all([catalog.destroy(), credit.destroy(), trading.destroy(), db.destroy()]);
      await sim.close();
      await database.drop();
    },
  };
}
