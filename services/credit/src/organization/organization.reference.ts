import { creditView, type CreditContext } from '../context';
import type { Organization } from './organization.type';

/** Resolves `Organization` references from other subgraphs through the per-request loader. */
export const organizationReference = {
  __resolveReference(ref: { uscc: string }, ctx: CreditContext): Promise<Organization> {
    return ctx.organizations.reference(ctx.loaders, ref.uscc, creditView(ctx));
  },
};
