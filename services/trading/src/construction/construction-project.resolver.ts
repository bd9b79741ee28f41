import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { CandidatePublicity } from './candidate-publicity.type';
import { ConstructionNotice } from './construction-notice.type';
import { ConstructionProject } from './construction-project.type';
import { ConstructionWinResult } from './win-result.type';

@Resolver(() => ConstructionProject)
export class ConstructionProjectResolver {
  @Query(() => ConstructionProject, { nullable: true, description: '工程建设项目 — one tender project’s life cycle; null when none of its records is visible' })
  async constructionProject(@Arg('tenderProjectCode', () => String) tenderProjectCode: string, @Ctx() ctx: TradingContext): Promise<ConstructionProject | null> {
    const project = { tenderProjectCode };
    const [notices, candidates, result] = await Promise.all([this.notices(project, ctx), this.candidatePublicity(project, ctx), this.winResult(project, ctx)]);
    return notices.length > 0 || candidates || result ? project : null;
  }

  @FieldResolver(() => [ConstructionNotice], { description: '招标公告 — the original notice and its changes, in the order sent' })
  notices(@Root() project: ConstructionProject, @Ctx() ctx: TradingContext): Promise<ConstructionNotice[]> {
    return ctx.constructionNotices.ofProject(ctx.loaders, project.tenderProjectCode, tradingView(ctx));
  }

  @FieldResolver(() => CandidatePublicity, { nullable: true, description: '中标候选人公示 — the candidates, ranked per lot' })
  async candidatePublicity(@Root() project: ConstructionProject, @Ctx() ctx: TradingContext): Promise<CandidatePublicity | null> {
    return (await ctx.candidatePublicities.ofProject(ctx.loaders, project.tenderProjectCode, tradingView(ctx)))[0] ?? null;
  }

  @FieldResolver(() => ConstructionWinResult, { nullable: true, description: '中标结果公示 — the result' })
  async winResult(@Root() project: ConstructionProject, @Ctx() ctx: TradingContext): Promise<ConstructionWinResult | null> {
    return (await ctx.winResults.ofProject(ctx.loaders, project.tenderProjectCode, tradingView(ctx)))[0] ?? null;
  }
}
