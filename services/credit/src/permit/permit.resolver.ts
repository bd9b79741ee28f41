import { paged } from '@keyfield/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { PermitConnection } from './permit.connection';
import { PermitArgs } from './permit.inputs';
import { Permit } from './permit.type';

@Resolver(() => Permit)
export class PermitResolver {
  @Query(() => PermitConnection, { description: '行政许可 — permit decisions, newest first' })
  permits(@Args() args: PermitArgs, @Ctx() ctx: CreditContext): Promise<PermitConnection> {
    return ctx.permits.list(paged(args), creditView(ctx)) as unknown as Promise<PermitConnection>;
  }
}
