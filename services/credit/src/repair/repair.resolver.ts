import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { creditView, type CreditContext } from '../context';
import { Penalty } from '../penalty/penalty.type';
import { CreditRepairConnection } from './repair.connection';
import { RepairArgs } from './repair.inputs';
import { CreditRepair } from './repair.type';

@Resolver(() => Penalty)
export class RepairResolver {
  @Query(() => CreditRepairConnection, { description: '信用修复 — credit repairs, newest first' })
  creditRepairs(@Args() args: RepairArgs, @Ctx() ctx: CreditContext): Promise<CreditRepairConnection> {
    return ctx.repairs.list(paged(args), creditView(ctx)) as unknown as Promise<CreditRepairConnection>;
  }

  @FieldResolver(() => CreditRepair, { nullable: true, description: '信用修复 — the repair of this penalty, if any' })
  repair(@Root() penalty: Penalty, @Ctx() ctx: CreditContext): Promise<CreditRepair | null> {
    return ctx.repairs.ofPenalty(ctx.loaders, penalty.decisionNumber, penalty.authority.uscc ?? '', creditView(ctx));
  }
}
