import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ConstructionNoticeConnection } from './construction-notice.connection';
import { ConstructionNoticeArgs } from './construction-notice.inputs';
import { ConstructionNotice } from './construction-notice.type';
import { ConstructionProject } from './construction-project.type';

@Resolver(() => ConstructionNotice)
export class ConstructionNoticeResolver {
  @Query(() => ConstructionNoticeConnection, { description: '招标公告 — construction tender notices and their changes, newest first' })
  constructionNotices(@Args() args: ConstructionNoticeArgs, @Ctx() ctx: TradingContext): Promise<ConstructionNoticeConnection> {
    return ctx.constructionNotices.list(paged(args), tradingView(ctx)) as unknown as Promise<ConstructionNoticeConnection>;
  }

  @FieldResolver(() => ConstructionProject, { description: '工程建设项目 — the tender project’s life cycle' })
  project(@Root() notice: ConstructionNotice): ConstructionProject {
    return { tenderProjectCode: notice.tenderProjectCode };
  }
}
