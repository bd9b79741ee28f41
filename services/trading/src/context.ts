import { recordView, type RecordView, type RequestContext } from '@keyfield/core';
import type { CandidatePublicityService } from './construction/candidate-publicity.service';
import type { ConstructionNoticeService } from './construction/construction-notice.service';
import type { WinResultService } from './construction/win-result.service';
import type { LandDealService } from './land/land-deal.service';
import type { LandTransferNoticeService } from './land/land-transfer-notice.service';
import type { AwardService } from './organization/award.service';
import type { ProcurementContractService } from './procurement/procurement-contract.service';
import type { ProcurementNoticeService } from './procurement/procurement-notice.service';
import type { ProcurementResultService } from './procurement/procurement-result.service';
import type { AwardsPerWinnerService } from './statistics/awards-per-winner.service';
import type { ProcurementVolumeService } from './statistics/procurement-volume.service';

/** The trading services, built once per process over one DataSource. */
export interface TradingServices {
  constructionNotices: ConstructionNoticeService;
  candidatePublicities: CandidatePublicityService;
  winResults: WinResultService;
  landNotices: LandTransferNoticeService;
  landDeals: LandDealService;
  procurementNotices: ProcurementNoticeService;
  procurementResults: ProcurementResultService;
  procurementContracts: ProcurementContractService;
  /** An organisation's bids won and contracts (by code, or by name where no code was published). */
  awards: AwardService;
  procurementVolume: ProcurementVolumeService;
  awardsPerWinner: AwardsPerWinnerService;
}

/** What trading resolvers receive: the request basics plus the trading services. */
export interface TradingContext extends RequestContext, TradingServices {}

/** The domain name policy uses for trading records. */
export const TRADING_DOMAIN = 'trading';

/** What this request's caller may see of trading records. */
export function tradingView(ctx: RequestContext): RecordView {
  return recordView(ctx, TRADING_DOMAIN);
}
