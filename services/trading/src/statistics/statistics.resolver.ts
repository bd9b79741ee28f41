import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { AwardFilter } from '../organization/award.inputs';
import { ProcurementVolume, ProcurementVolumeFilter, VolumeDimension } from './procurement-volume.type';
import { WinnerAwards } from './winner-awards.type';

/** Aggregates computed in SQL, over the records the caller may see. */
@Resolver()
export class StatisticsResolver {
  @Query(() => [ProcurementVolume], { description: '采购规模 — procurement results counted and their awarded amounts summed, grouped as asked (none: one total)' })
  procurementVolume(
    @Arg('groupBy', () => [VolumeDimension], { defaultValue: [] }) groupBy: VolumeDimension[],
    @Arg('filter', () => ProcurementVolumeFilter, { nullable: true }) filter: ProcurementVolumeFilter | undefined,
    @Ctx() ctx: TradingContext,
  ): Promise<ProcurementVolume[]> {
    return ctx.procurementVolume.volume(filter ?? undefined, groupBy, tradingView(ctx));
  }

  @Query(() => [WinnerAwards], { description: '中标排行 — awards per winner, largest awarded amount first' })
  awardsPerWinner(
    @Arg('filter', () => AwardFilter, { nullable: true }) filter: AwardFilter | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'How many winners (default 20, at most 100)' }) first: number | undefined,
    @Ctx() ctx: TradingContext,
  ): Promise<WinnerAwards[]> {
    return ctx.awardsPerWinner.top(filter ?? undefined, first ?? undefined, tradingView(ctx));
  }
}
