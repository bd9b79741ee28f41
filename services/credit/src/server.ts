import { buildSubgraph, createSubgraphServer, type Logger, type SubgraphServer } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { AbnormalListingResolver } from './abnormal/abnormal-listing.resolver';
import { AbnormalListingService } from './abnormal/abnormal-listing.service';
import type { CreditContext, CreditServices } from './context';
import { DefaulterResolver } from './defaulter/defaulter.resolver';
import { DefaulterService } from './defaulter/defaulter.service';
import { PenaltyOrganizationResolver, PermitOrganizationResolver } from './organization/decision-organization.resolver';
import { OrganizationRecordsResolver } from './organization/organization-records.resolver';
import { organizationReference } from './organization/organization.reference';
import { OrganizationResolver } from './organization/organization.resolver';
import { OrganizationService } from './organization/organization.service';
import { PenaltyResolver } from './penalty/penalty.resolver';
import { PenaltyService } from './penalty/penalty.service';
import { PermitResolver } from './permit/permit.resolver';
import { PermitService } from './permit/permit.service';
import { RepairResolver } from './repair/repair.resolver';
import { RepairService } from './repair/repair.service';

/** The credit subgraph schema; needs no database (used by `npm run compose`). */
export function buildCreditSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({
    resolvers: [
      OrganizationResolver, OrganizationRecordsResolver, PenaltyResolver, PenaltyOrganizationResolver, PermitResolver,
      PermitOrganizationResolver, RepairResolver, DefaulterResolver, AbnormalListingResolver,
    ],
    references: { Organization: organizationReference },
  });
}

function creditServices(db: DataSource): CreditServices {
  return {
    organizations: new OrganizationService(db),
    penalties: new PenaltyService(db),
    permits: new PermitService(db),
    repairs: new RepairService(db),
    defaulters: new DefaulterService(db),
    abnormalListings: new AbnormalListingService(db),
  };
}

/** The credit subgraph over an initialised DataSource; opens no port. */
export async function createCreditServer(db: DataSource, logger: Logger): Promise<SubgraphServer<CreditContext>> {
  const services = creditServices(db);
  return createSubgraphServer(await buildCreditSchema(), logger, (base) => ({ ...base, ...services }));
}
