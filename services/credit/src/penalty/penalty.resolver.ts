import { paged } from '@keyfield/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { PenaltyConnection } from './penalty.connection';
import { PenaltyArgs } from './penalty.inputs';
import { Penalty } from './penalty.type';

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Query(() => PenaltyConnection, { description: '行政处罚 — penalty decisions, newest first' })
  penalties(@Args() args: PenaltyArgs, @Ctx() ctx: CreditContext): Promise<PenaltyConnection> {
    return ctx.penalties.list(paged(args), creditView(ctx)) as unknown as Promise<PenaltyConnection>;
  }
}
