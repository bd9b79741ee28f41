import { Money } from '@keyfield/core';
import { Field, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { TradingRecord } from '../shared/trading-record.type';
import { ProcurementNoticeType } from './notice-type';

/** What every procurement notice shows, whatever its type (the provincial procurement site, /ccgp). */
@ObjectType()
export abstract class ProcurementRecord extends TradingRecord {
  @Field(() => ProcurementNoticeType, { description: '公告类型 — notice type' })
  noticeType!: ProcurementNoticeType;

  @Field({ description: '公告标题 — title' })
  title!: string;

  @Field(() => String, { nullable: true, description: '采购项目编号 — project code: links one procurement’s notices, result and contract' })
  projectCode!: string | null;

  @Field(() => String, { nullable: true, description: '采购项目名称 — project name' })
  projectName!: string | null;

  @Field(() => TradingParty, { nullable: true, description: '采购人 — the purchaser (a government department or public institution)' })
  purchaser!: TradingParty | null;

  @Field(() => TradingParty, { nullable: true, description: '采购代理机构 — the purchasing agency' })
  agency!: TradingParty | null;

  @Field(() => String, { nullable: true, description: '采购方式 — 公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 询价, 单一来源, 框架协议' })
  purchaseMethod!: string | null;

  @Field(() => Money, { nullable: true, description: '预算金额 — budget (元)' })
  budget!: Money | null;

  @Field(() => String, { nullable: true, description: '发布时间 — when published, ISO 8601 at +08:00' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true, description: '公告内容 — HTML as published' })
  content!: string | null;
}
