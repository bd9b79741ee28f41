import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ProcurementProject, procurementProjectOf } from './procurement-project.type';
import { ProcurementResult } from './procurement-result.type';
import { ProcurementResultConnection } from './procurement.connection';
import { ProcurementArgs } from './procurement.inputs';

@Resolver(() => ProcurementResult)
export class ProcurementResultResolver {
  @Query(() => ProcurementResultConnection, { description: '中标（成交）结果 — procurement award results, newest first' })
  procurementResults(@Args() args: ProcurementArgs, @Ctx() ctx: TradingContext): Promise<ProcurementResultConnection> {
    return ctx.procurementResults.list(paged(args), tradingView(ctx)) as unknown as Promise<ProcurementResultConnection>;
  }

  @FieldResolver(() => ProcurementProject, { nullable: true, description: '政府采购项目 — the procurement’s life cycle' })
  project(@Root() result: ProcurementResult): ProcurementProject | null {
    return procurementProjectOf(result);
  }
}
