import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';
import { TradingFilter } from '../shared/trading-filter';
import { TradingOrder } from '../shared/trading-order';
import { ProcurementNoticeType } from './notice-type';

/** 政府采购筛选 — what a column page filters procurement notices, results and contracts by. */
@InputType({ description: '政府采购筛选 — procurement filters (text: title, project name, purchaser)' })
export class ProcurementFilter extends TradingFilter {
  @Field(() => String, { nullable: true, description: '采购方式 — 公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 询价, 单一来源, 框架协议' })
  purchaseMethod?: string;

  @Field(() => String, { nullable: true, description: '采购人代码 — the purchaser’s USCC' })
  purchaserCode?: string;

  @Field(() => String, { nullable: true, description: '采购项目编号 — one procurement' })
  projectCode?: string;
}

/** 政府采购公告筛选 — adds the notice type (any of the 13). */
@InputType({ description: '政府采购公告筛选 — procurement notice filters' })
export class ProcurementNoticeFilter extends ProcurementFilter {
  @Field(() => [ProcurementNoticeType], { nullable: true, description: '公告类型 — any of these types' })
  noticeTypes?: ProcurementNoticeType[];
}

@ArgsType()
export class ProcurementArgs extends PageArgs {
  @Field(() => ProcurementFilter, { nullable: true })
  filter?: ProcurementFilter;

  @Field(() => TradingOrder, { nullable: true })
  orderBy?: TradingOrder;
}

@ArgsType()
export class ProcurementNoticeArgs extends PageArgs {
  @Field(() => ProcurementNoticeFilter, { nullable: true })
  filter?: ProcurementNoticeFilter;

  @Field(() => TradingOrder, { nullable: true })
  orderBy?: TradingOrder;
}
