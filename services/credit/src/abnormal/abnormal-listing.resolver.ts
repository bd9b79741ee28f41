import { pageSize } from '@keyfield/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { AbnormalListingConnection } from './abnormal-listing.connection';
import { AbnormalListingFilter } from './abnormal-listing.inputs';
import { AbnormalListing } from './abnormal-listing.type';

@Resolver(() => AbnormalListing)
export class AbnormalListingResolver {
  @Query(() => AbnormalListingConnection, { description: '经营异常名录 — abnormal-operations listings, newest first' })
  abnormalListings(
    @Ctx() ctx: CreditContext,
    @Arg('filter', () => AbnormalListingFilter, { nullable: true }) filter?: AbnormalListingFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AbnormalListingConnection> {
    return ctx.abnormalListings.list({ filter, first: pageSize(first), after }) as unknown as Promise<AbnormalListingConnection>;
  }
}
