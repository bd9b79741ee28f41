import { pageSize } from '@keyfield/core';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CreditContext } from '../context';
import { Penalty } from '../penalty/penalty.type';
import { CreditRepairConnection } from './repair.connection';
import { RepairFilter } from './repair.inputs';
import { CreditRepair } from './repair.type';

@Resolver(() => Penalty)
export class RepairResolver {
  @Query(() => CreditRepairConnection, { description: '信用修复 — credit repairs, newest first' })
  creditRepairs(
    @Ctx() ctx: CreditContext,
    @Arg('filter', () => RepairFilter, { nullable: true }) filter?: RepairFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CreditRepairConnection> {
    return ctx.repairs.list({ filter, first: pageSize(first), after }) as unknown as Promise<CreditRepairConnection>;
  }

  @FieldResolver(() => CreditRepair, { nullable: true, description: '信用修复 — the repair of this penalty, if any' })
  repair(@Root() penalty: Penalty, @Ctx() ctx: CreditContext): Promise<CreditRepair | null> {
    return ctx.repairs.ofPenalty(ctx.loaders, penalty.decisionNumber, penalty.authority.uscc ?? '');
  }
}
