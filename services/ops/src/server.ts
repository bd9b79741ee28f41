import { buildSubgraph, createSubgraphServer, type Logger, type ServeOptions, type SubgraphServer } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { OpsContext } from './context';
import { HeldSnapshotResolver } from './held/held-snapshot.resolver';
import { METRICS_PATH, metricsRoute } from './metrics/metrics-route';
import { scrapeMetrics } from './metrics/scrape';
import { createOpsServices, type OpsOptions } from './ops-services';
import { QuarantineResolver } from './quarantine/quarantine.resolver';
import { RedriveResolver } from './redrive/redrive.resolver';
import { SyncSourceResolver } from './source/sync-source.resolver';
import { TriggerResolver } from './trigger/trigger.resolver';

/** The ops subgraph schema; needs no database (used by `npm run compose`). */
export function buildOpsSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({ resolvers: [SyncSourceResolver, QuarantineResolver, RedriveResolver, HeldSnapshotResolver, TriggerResolver] });
}

/**
 * The ops subgraph over an initialised DataSource, with `/metrics` (the shared Prometheus registry,
 * sync gauges refreshed per scrape) next to `/graphql`; opens no port. Closing it also stops the job
 * queue client, if a trigger started one.
 */
export async function createOpsServer(db: DataSource, logger: Logger, serve: ServeOptions, options: OpsOptions): Promise<SubgraphServer<OpsContext>> {
  const services = createOpsServices(db, logger, options);
  const scrape = scrapeMetrics(db, options.sources.map((s) => s.name), logger);
  const server = await createSubgraphServer(await buildOpsSchema(), logger, (base) => ({ ...base, ...services }), {
    ...serve,
    routes: { [METRICS_PATH]: metricsRoute(scrape) },
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      await services.trigger.stop();
    },
  };
}
