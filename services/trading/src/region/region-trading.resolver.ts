import { paged } from '@keyfield/core';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ProcurementNoticeConnection } from '../procurement/procurement.connection';
import { ProcurementNoticeArgs } from '../procurement/procurement.inputs';
import { TradingRegion } from '../shared/trading-region.type';
import { ProcurementVolume, ProcurementVolumeFilter, VolumeDimension } from '../statistics/procurement-volume.type';

/** What the trading domain knows of a region and its subdivisions, batched over the regions of a level. */
@Resolver(() => TradingRegion)
export class RegionTradingResolver {
  @FieldResolver(() => ProcurementNoticeConnection, { description: '政府采购 — procurement notices (all 13 types) of this region and its subdivisions, newest first' })
  procurement(@Root() region: TradingRegion, @Args() args: ProcurementNoticeArgs, @Ctx() ctx: TradingContext): Promise<ProcurementNoticeConnection> {
    return ctx.procurementNotices.ofRegion(ctx.loaders, region.code, paged(args), tradingView(ctx)) as unknown as Promise<ProcurementNoticeConnection>;
  }

  @FieldResolver(() => [ProcurementVolume], { description: '采购规模 — procurement volume of this region and its subdivisions, grouped as asked' })
  procurementVolume(
    @Root() region: TradingRegion,
    @Arg('groupBy', () => [VolumeDimension], { defaultValue: [] }) groupBy: VolumeDimension[],
    @Arg('filter', () => ProcurementVolumeFilter, { nullable: true }) filter: ProcurementVolumeFilter | undefined,
    @Ctx() ctx: TradingContext,
  ): Promise<ProcurementVolume[]> {
    return ctx.procurementVolume.ofRegion(ctx.loaders, region.code, filter ?? undefined, groupBy, tradingView(ctx));
  }
}
