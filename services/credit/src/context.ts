import type { RequestContext } from '@keyfield/core';
import type { OrganizationService } from './organization/organization.service';
import type { PenaltyService } from './penalty/penalty.service';

/** What credit resolvers receive: the request basics plus the credit services. */
export interface CreditContext extends RequestContext {
  organizations: OrganizationService;
  penalties: PenaltyService;
}
