import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { WinResultConnection } from './win-result.connection';
import { ConstructionWinResult } from './win-result.type';
import { ConstructionProject } from './construction-project.type';
import { TenderResultArgs } from './tender-result.inputs';

@Resolver(() => ConstructionWinResult)
export class WinResultResolver {
  @Query(() => WinResultConnection, { description: '中标结果公示 — construction win results, newest first' })
  winResults(@Args() args: TenderResultArgs, @Ctx() ctx: TradingContext): Promise<WinResultConnection> {
    return ctx.winResults.list(paged(args), tradingView(ctx)) as unknown as Promise<WinResultConnection>;
  }

  @FieldResolver(() => ConstructionProject, { description: '工程建设项目 — the tender project’s life cycle' })
  project(@Root() result: ConstructionWinResult): ConstructionProject {
    return { tenderProjectCode: result.tenderProjectCode };
  }
}
