import { buildSubgraph, createSubgraphServer, type Logger, type SubgraphServer } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { CreditContext } from './context';
import { organizationReference } from './organization/organization.reference';
import { OrganizationResolver } from './organization/organization.resolver';
import { OrganizationService } from './organization/organization.service';
import { PenaltyResolver } from './penalty/penalty.resolver';
import { PenaltyService } from './penalty/penalty.service';

/** The credit subgraph schema; needs no database (used by `npm run compose`). */
export function buildCreditSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({ resolvers: [OrganizationResolver, PenaltyResolver], references: { Organization: organizationReference } });
}

/** The credit subgraph over an initialised DataSource; opens no port. */
export async function createCreditServer(db: DataSource, logger: Logger): Promise<SubgraphServer<CreditContext>> {
  const organizations = new OrganizationService(db);
  const penalties = new PenaltyService(db);
  return createSubgraphServer(await buildCreditSchema(), logger, (base) => ({ ...base, organizations, penalties }));
}
