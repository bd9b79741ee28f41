import { paged } from '@keyfield/core';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ProcurementContractConnection, ProcurementNoticeConnection } from '../procurement/procurement.connection';
import { ProcurementArgs, ProcurementNoticeArgs } from '../procurement/procurement.inputs';
import { TradingAwardConnection } from './award.connection';
import { AwardArgs } from './award.inputs';
import { organizationKey } from './organization-key';
import { Organization } from './organization.type';

/**
 * What the trading domain knows of an organisation. Each list is batched across all organisations
 * of the request: one SQL query per list (and one per totalCount), whatever the number of parents.
 */
@Resolver(() => Organization)
export class OrganizationTradingResolver {
  @Directive('@requires(fields: "name")')
  @FieldResolver(() => TradingAwardConnection, { description: '中标 — construction and procurement results it won (by its code; by its name where a winner was published without a code), newest first' })
  bidsWon(@Root() org: Organization, @Args() args: AwardArgs, @Ctx() ctx: TradingContext): Promise<TradingAwardConnection> {
    return ctx.awards.awardsOf(ctx.loaders, organizationKey(org), paged(args), tradingView(ctx)) as unknown as Promise<TradingAwardConnection>;
  }

  @Directive('@requires(fields: "name")')
  @FieldResolver(() => ProcurementContractConnection, { description: '政府采购合同 — contracts of the procurements whose result it won (contracts name no supplier), newest first' })
  contracts(@Root() org: Organization, @Args() args: ProcurementArgs, @Ctx() ctx: TradingContext): Promise<ProcurementContractConnection> {
    return ctx.awards.contractsOf(ctx.loaders, organizationKey(org), paged(args), tradingView(ctx)) as unknown as Promise<ProcurementContractConnection>;
  }

  @FieldResolver(() => ProcurementNoticeConnection, { description: '采购 — procurement notices, results and contracts where it is the purchaser (采购人), newest first' })
  purchases(@Root() org: Organization, @Args() args: ProcurementNoticeArgs, @Ctx() ctx: TradingContext): Promise<ProcurementNoticeConnection> {
    return ctx.procurementNotices.forParent(ctx.loaders, 'n.purchaser_code', org.uscc, paged(args), tradingView(ctx)) as unknown as Promise<ProcurementNoticeConnection>;
  }
}
