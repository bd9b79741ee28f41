import { buildSubgraph, createSubgraphServer, shanghaiDateOf, type Logger, type ServeOptions, type SubgraphServer } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { AbnormalListingResolver } from './abnormal/abnormal-listing.resolver';
import { AbnormalListingService } from './abnormal/abnormal-listing.service';
import type { CreditContext, CreditServices } from './context';
import { DefaulterResolver } from './defaulter/defaulter.resolver';
import { DefaulterService } from './defaulter/defaulter.service';
import { loadConfig } from './config';
import { creditPolicyOf, type CreditPolicy } from './publicity/credit-policy';
import { PenaltyCounts } from './publicity/penalty-counts';
import { loadIngestConfig, type CreditIngestConfig } from './ingest/ingest.config';
import { IngestResolver } from './ingest/ingest.resolver';
import { CreditIngestService } from './ingest/ingest.service';
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
      PermitOrganizationResolver, RepairResolver, DefaulterResolver, AbnormalListingResolver, IngestResolver,
    ],
    references: { Organization: organizationReference },
  });
}

function creditServices(db: DataSource, ingest: CreditIngestConfig, policy: CreditPolicy, counts: PenaltyCounts): CreditServices {
  return {
    organizations: new OrganizationService(db),
    penalties: new PenaltyService(db, policy, counts),
    permits: new PermitService(db),
    repairs: new RepairService(db),
    defaulters: new DefaulterService(db),
    abnormalListings: new AbnormalListingService(db),
    ingest: new CreditIngestService(db, ingest),
  };
}

/** The credit subgraph over an initialised DataSource; opens no port. Push ingest reads its settings once here. */
export async function createCreditServer(
  db: DataSource,
  logger: Logger,
  serve: ServeOptions,
  ingest: CreditIngestConfig = loadIngestConfig(),
  policy: CreditPolicy = creditPolicyOf(loadConfig()),
): Promise<SubgraphServer<CreditContext>> {
  const counts = new PenaltyCounts(db, policy);
  await counts.install(shanghaiDateOf((serve.clock ?? (() => new Date()))()));
  const services = creditServices(db, ingest, policy, counts);
  return createSubgraphServer(await buildCreditSchema(), logger, (base) => ({ ...base, ...services }), serve);
}
