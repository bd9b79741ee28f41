import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ProcurementContract } from './procurement-contract.type';
import { ProcurementProject, procurementProjectOf } from './procurement-project.type';
import { ProcurementContractConnection } from './procurement.connection';
import { ProcurementArgs } from './procurement.inputs';

@Resolver(() => ProcurementContract)
export class ProcurementContractResolver {
  @Query(() => ProcurementContractConnection, { description: '政府采购合同 — procurement contracts, newest first' })
  procurementContracts(@Args() args: ProcurementArgs, @Ctx() ctx: TradingContext): Promise<ProcurementContractConnection> {
    return ctx.procurementContracts.list(paged(args), tradingView(ctx)) as unknown as Promise<ProcurementContractConnection>;
  }

  @FieldResolver(() => ProcurementProject, { nullable: true, description: '政府采购项目 — the procurement’s life cycle' })
  project(@Root() contract: ProcurementContract): ProcurementProject | null {
    return procurementProjectOf(contract);
  }
}
