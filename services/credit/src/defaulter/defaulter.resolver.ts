import { pageSize } from '@keyfield/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { JudgmentDefaulterConnection } from './defaulter.connection';
import { DefaulterFilter } from './defaulter.inputs';
import { JudgmentDefaulter } from './defaulter.type';

@Resolver(() => JudgmentDefaulter)
export class DefaulterResolver {
  @Query(() => JudgmentDefaulterConnection, { description: '失信被执行人 — court judgment defaulters, newest first' })
  judgmentDefaulters(
    @Ctx() ctx: CreditContext,
    @Arg('filter', () => DefaulterFilter, { nullable: true }) filter?: DefaulterFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<JudgmentDefaulterConnection> {
    return ctx.defaulters.list({ filter, first: pageSize(first), after }) as unknown as Promise<JudgmentDefaulterConnection>;
  }
}
