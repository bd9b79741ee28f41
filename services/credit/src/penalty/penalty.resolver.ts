import { pageSize } from '@keyfield/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { PenaltyConnection } from './penalty.connection';
import { PenaltyFilter, PenaltyOrder } from './penalty.inputs';
import { Penalty } from './penalty.type';

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Query(() => PenaltyConnection, { description: '行政处罚 — penalty decisions, newest first' })
  penalties(
    @Ctx() ctx: CreditContext,
    @Arg('filter', () => PenaltyFilter, { nullable: true }) filter?: PenaltyFilter,
    @Arg('orderBy', () => PenaltyOrder, { nullable: true }) orderBy?: PenaltyOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PenaltyConnection> {
    return ctx.penalties.list({ filter, orderBy, first: pageSize(first), after }) as unknown as Promise<PenaltyConnection>;
  }
}
