import { recordView, type RecordView, type RequestContext } from '@keyfield/core';
import type { AbnormalListingService } from './abnormal/abnormal-listing.service';
import type { DefaulterService } from './defaulter/defaulter.service';
import type { CreditIngestService } from './ingest/ingest.service';
import type { OrganizationService } from './organization/organization.service';
import type { PenaltyService } from './penalty/penalty.service';
import type { PermitService } from './permit/permit.service';
import type { RepairService } from './repair/repair.service';

/** The credit services, built once per process over one DataSource. */
export interface CreditServices {
  organizations: OrganizationService;
  penalties: PenaltyService;
  permits: PermitService;
  repairs: RepairService;
  defaulters: DefaulterService;
  abnormalListings: AbnormalListingService;
  /** Push ingest: batch writes for sync jobs. */
  ingest: CreditIngestService;
}

/** What credit resolvers receive: the request basics plus the credit services. */
export interface CreditContext extends RequestContext, CreditServices {}

/** The domain name policy and write scopes use for credit records. */
export const CREDIT_DOMAIN = 'credit';

/** What this request's caller may see of credit records. */
export function creditView(ctx: RequestContext): RecordView {
  return recordView(ctx, CREDIT_DOMAIN);
}
