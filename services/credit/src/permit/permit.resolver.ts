import { pageSize } from '@keyfield/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CreditContext } from '../context';
import { PermitConnection } from './permit.connection';
import { PermitFilter } from './permit.inputs';
import { Permit } from './permit.type';

@Resolver(() => Permit)
export class PermitResolver {
  @Query(() => PermitConnection, { description: '行政许可 — permit decisions, newest first' })
  permits(
    @Ctx() ctx: CreditContext,
    @Arg('filter', () => PermitFilter, { nullable: true }) filter?: PermitFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PermitConnection> {
    return ctx.permits.list({ filter, first: pageSize(first), after }) as unknown as Promise<PermitConnection>;
  }
}
