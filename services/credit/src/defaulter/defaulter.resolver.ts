import { paged } from '@keyfield/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { JudgmentDefaulterConnection } from './defaulter.connection';
import { DefaulterArgs } from './defaulter.inputs';
import { JudgmentDefaulter } from './defaulter.type';

@Resolver(() => JudgmentDefaulter)
export class DefaulterResolver {
  @Query(() => JudgmentDefaulterConnection, { description: '失信被执行人 — court judgment defaulters, newest first' })
  judgmentDefaulters(@Args() args: DefaulterArgs, @Ctx() ctx: CreditContext): Promise<JudgmentDefaulterConnection> {
    return ctx.defaulters.list(paged(args), creditView(ctx)) as unknown as Promise<JudgmentDefaulterConnection>;
  }
}
