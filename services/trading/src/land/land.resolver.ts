import { paged } from '@keyfield/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { LandDealConnection, LandTransferNoticeConnection } from './land.connection';
import { LandArgs } from './parcel-fields';

/** The land market: transfer notices and deals (国有土地使用权出让). */
@Resolver()
export class LandResolver {
  @Query(() => LandTransferNoticeConnection, { description: '土地出让公告 — land transfer notices, newest first' })
  landTransferNotices(@Args() args: LandArgs, @Ctx() ctx: TradingContext): Promise<LandTransferNoticeConnection> {
    return ctx.landNotices.list(paged(args), tradingView(ctx)) as unknown as Promise<LandTransferNoticeConnection>;
  }

  @Query(() => LandDealConnection, { description: '土地出让成交结果 — land deals, newest first' })
  landDeals(@Args() args: LandArgs, @Ctx() ctx: TradingContext): Promise<LandDealConnection> {
    return ctx.landDeals.list(paged(args), tradingView(ctx)) as unknown as Promise<LandDealConnection>;
  }
}
