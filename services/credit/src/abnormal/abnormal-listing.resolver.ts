import { paged } from '@keyfield/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { AbnormalListingConnection } from './abnormal-listing.connection';
import { AbnormalListingArgs } from './abnormal-listing.inputs';
import { AbnormalListing } from './abnormal-listing.type';

@Resolver(() => AbnormalListing)
export class AbnormalListingResolver {
  @Query(() => AbnormalListingConnection, { description: '经营异常名录 — abnormal-operations listings, newest first' })
  abnormalListings(@Args() args: AbnormalListingArgs, @Ctx() ctx: CreditContext): Promise<AbnormalListingConnection> {
    return ctx.abnormalListings.list(paged(args), creditView(ctx)) as unknown as Promise<AbnormalListingConnection>;
  }
}
