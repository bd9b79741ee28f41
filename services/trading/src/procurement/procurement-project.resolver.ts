import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ProcurementContract } from './procurement-contract.type';
import { ProcurementNotice } from './procurement-notice.type';
import { ProcurementProject } from './procurement-project.type';
import { ProcurementResult } from './procurement-result.type';

@Resolver(() => ProcurementProject)
export class ProcurementProjectResolver {
  @Query(() => ProcurementProject, { nullable: true, description: '政府采购项目 — one procurement’s life cycle; null when none of its notices is visible' })
  async procurementProject(@Arg('projectCode', () => String) projectCode: string, @Ctx() ctx: TradingContext): Promise<ProcurementProject | null> {
    const project = { projectCode };
    return (await this.notices(project, ctx)).length > 0 ? project : null;
  }

  @FieldResolver(() => [ProcurementNotice], { description: '公告 — every notice of the procurement (all 13 types), in the order published' })
  notices(@Root() project: ProcurementProject, @Ctx() ctx: TradingContext): Promise<ProcurementNotice[]> {
    return ctx.procurementNotices.ofProject(ctx.loaders, project.projectCode, tradingView(ctx));
  }

  @FieldResolver(() => [ProcurementResult], { description: '中标（成交）结果 — the results, with winners' })
  results(@Root() project: ProcurementProject, @Ctx() ctx: TradingContext): Promise<ProcurementResult[]> {
    return ctx.procurementResults.ofProject(ctx.loaders, project.projectCode, tradingView(ctx));
  }

  @FieldResolver(() => [ProcurementContract], { description: '合同 — the contracts' })
  contracts(@Root() project: ProcurementProject, @Ctx() ctx: TradingContext): Promise<ProcurementContract[]> {
    return ctx.procurementContracts.ofProject(ctx.loaders, project.projectCode, tradingView(ctx));
  }
}
