import { PageArgs, paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AbnormalListingConnection } from '../abnormal/abnormal-listing.connection';
import { AbnormalListingArgs } from '../abnormal/abnormal-listing.inputs';
import { creditView, type CreditContext } from '../context';
import { JudgmentDefaulterConnection } from '../defaulter/defaulter.connection';
import { DEFAULTER_ORG_CODE, organizationCodeOf } from '../defaulter/defaulter.row';
import { PenaltyConnection } from '../penalty/penalty.connection';
import { PenaltyArgs } from '../penalty/penalty.inputs';
import { PermitConnection } from '../permit/permit.connection';
import { PermitArgs } from '../permit/permit.inputs';
import { Organization } from './organization.type';

/**
 * What the credit domain knows of an organisation. Each list is batched across all organisations
 * of the request: one SQL query per list (and one per totalCount), whatever the number of parents.
 */
@Resolver(() => Organization)
export class OrganizationRecordsResolver {
  @FieldResolver(() => PenaltyConnection, { description: '行政处罚 — this organisation’s penalties, newest first' })
  penalties(@Root() org: Organization, @Args() args: PenaltyArgs, @Ctx() ctx: CreditContext): Promise<PenaltyConnection> {
    return ctx.penalties.forParent(ctx.loaders, 'p.uscc', org.uscc, paged(args), creditView(ctx)) as unknown as Promise<PenaltyConnection>;
  }

  @FieldResolver(() => PermitConnection, { description: '行政许可 — this organisation’s permits, newest first' })
  permits(@Root() org: Organization, @Args() args: PermitArgs, @Ctx() ctx: CreditContext): Promise<PermitConnection> {
    return ctx.permits.forParent(ctx.loaders, 'x.uscc', org.uscc, paged(args), creditView(ctx)) as unknown as Promise<PermitConnection>;
  }

  @FieldResolver(() => AbnormalListingConnection, { description: '经营异常名录 — this organisation’s listings, newest first' })
  abnormalListings(@Root() org: Organization, @Args() args: AbnormalListingArgs, @Ctx() ctx: CreditContext): Promise<AbnormalListingConnection> {
    return ctx.abnormalListings.forParent(ctx.loaders, 'a.uscc', org.uscc, paged(args), creditView(ctx)) as unknown as Promise<AbnormalListingConnection>;
  }

  @FieldResolver(() => JudgmentDefaulterConnection, { description: '失信被执行人 — court defaulter records under this organisation’s code (组织机构代码, characters 9–17 of its USCC)' })
  judgmentDefaults(@Root() org: Organization, @Args() args: PageArgs, @Ctx() ctx: CreditContext): Promise<JudgmentDefaulterConnection> {
    return ctx.defaulters.forParent(ctx.loaders, DEFAULTER_ORG_CODE, organizationCodeOf(org.uscc), paged(args), creditView(ctx)) as unknown as Promise<JudgmentDefaulterConnection>;
  }
}
