import { buildSubgraph, createSubgraphServer, type Logger, type ServeOptions, type SubgraphServer } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { CatalogContext } from './context';
import { regionReference } from './region/region.reference';
import { RegionResolver } from './region/region.resolver';
import { RegionService } from './region/region.service';

/** The catalog subgraph schema; needs no database (used by `npm run compose`). */
export function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({ resolvers: [RegionResolver], references: { Region: regionReference } });
}

/** The catalog subgraph over an initialised DataSource; opens no port. */
export async function createCatalogServer(db: DataSource, logger: Logger, serve: ServeOptions): Promise<SubgraphServer<CatalogContext>> {
  const regions = new RegionService(db);
  return createSubgraphServer(await buildCatalogSchema(), logger, (base) => ({ ...base, regions }), serve);
}
