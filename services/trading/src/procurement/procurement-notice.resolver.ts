import { paged } from '@keyfield/core';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { tradingView, type TradingContext } from '../context';
import { ProcurementNotice } from './procurement-notice.type';
import { ProcurementProject, procurementProjectOf } from './procurement-project.type';
import { ProcurementNoticeConnection } from './procurement.connection';
import { ProcurementNoticeArgs } from './procurement.inputs';

const project = '政府采购项目 — the procurement’s life cycle (null without a project code)';

@Resolver(() => ProcurementNotice)
export class ProcurementNoticeResolver {
  @Query(() => ProcurementNoticeConnection, { description: '政府采购公告 — procurement notices of all 13 types, newest first' })
  procurementNotices(@Args() args: ProcurementNoticeArgs, @Ctx() ctx: TradingContext): Promise<ProcurementNoticeConnection> {
    return ctx.procurementNotices.list(paged(args), tradingView(ctx)) as unknown as Promise<ProcurementNoticeConnection>;
  }

  @FieldResolver(() => ProcurementProject, { nullable: true, description: project })
  project(@Root() notice: ProcurementNotice): ProcurementProject | null {
    return procurementProjectOf(notice);
  }
}
