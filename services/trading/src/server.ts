import { buildSubgraph, createSubgraphServer, type Logger, type ServeOptions, type SubgraphServer } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { CandidatePublicityResolver } from './construction/candidate-publicity.resolver';
import { CandidatePublicityService } from './construction/candidate-publicity.service';
import { ConstructionNoticeResolver } from './construction/construction-notice.resolver';
import { ConstructionNoticeService } from './construction/construction-notice.service';
import { ConstructionProjectResolver } from './construction/construction-project.resolver';
import { WinResultResolver } from './construction/win-result.resolver';
import { WinResultService } from './construction/win-result.service';
import type { TradingContext, TradingServices } from './context';
import { LandDealService } from './land/land-deal.service';
import { LandTransferNoticeService } from './land/land-transfer-notice.service';
import { LandResolver } from './land/land.resolver';
import { AwardService } from './organization/award.service';
import { OrganizationTradingResolver } from './organization/organization-trading.resolver';
import { organizationReference } from './organization/organization.reference';
import { ProcurementContractResolver } from './procurement/procurement-contract.resolver';
import { ProcurementContractService } from './procurement/procurement-contract.service';
import { ProcurementNoticeResolver } from './procurement/procurement-notice.resolver';
import { ProcurementNoticeService } from './procurement/procurement-notice.service';
import { ProcurementProjectResolver } from './procurement/procurement-project.resolver';
import { ProcurementResultResolver } from './procurement/procurement-result.resolver';
import { ProcurementResultService } from './procurement/procurement-result.service';
import { RegionTradingResolver } from './region/region-trading.resolver';
import { regionReference } from './region/region.reference';
import { AwardsPerWinnerService } from './statistics/awards-per-winner.service';
import { ProcurementVolumeService } from './statistics/procurement-volume.service';
import { StatisticsResolver } from './statistics/statistics.resolver';

/** The trading subgraph schema; needs no database (used by `npm run compose`). */
export function buildTradingSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({
    resolvers: [
      ConstructionNoticeResolver, CandidatePublicityResolver, WinResultResolver, ConstructionProjectResolver, LandResolver,
      ProcurementNoticeResolver, ProcurementResultResolver, ProcurementContractResolver, ProcurementProjectResolver,
      OrganizationTradingResolver, RegionTradingResolver, StatisticsResolver,
    ],
    references: { Organization: organizationReference, Region: regionReference },
  });
}

function tradingServices(db: DataSource): TradingServices {
  return {
    constructionNotices: new ConstructionNoticeService(db),
    candidatePublicities: new CandidatePublicityService(db),
    winResults: new WinResultService(db),
    landNotices: new LandTransferNoticeService(db),
    landDeals: new LandDealService(db),
    procurementNotices: new ProcurementNoticeService(db),
    procurementResults: new ProcurementResultService(db),
    procurementContracts: new ProcurementContractService(db),
    awards: new AwardService(db),
    procurementVolume: new ProcurementVolumeService(db),
    awardsPerWinner: new AwardsPerWinnerService(db),
  };
}

/** The trading subgraph over an initialised DataSource; opens no port. */
export async function createTradingServer(db: DataSource, logger: Logger, serve: ServeOptions): Promise<SubgraphServer<TradingContext>> {
  const services = tradingServices(db);
  return createSubgraphServer(await buildTradingSchema(), logger, (base) => ({ ...base, ...services }), serve);
}
