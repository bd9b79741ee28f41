import { Money } from '@keyfield/core';
import { Field, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { PlatformRecord } from '../shared/trading-record.type';
import { NoticeNature } from './notice-nature';
import { withTender } from './tender-fields';

/** 招标公告 — a construction tender notice, or its change (变更公告). */
@ObjectType({ description: '招标公告 — construction tender notice (工程建设项目招标), or its change (变更公告)', simpleResolvers: true })
export class ConstructionNotice extends withTender(PlatformRecord) {
  @Field(() => NoticeNature, { description: '公告性质 — original, change or other (NOTICE_NATURE)' })
  nature!: NoticeNature;

  @Field({ description: '公告发布时间 — when it was sent (NOTICE_SEND_TIME), ISO 8601 at +08:00' })
  sentAt!: string;

  @Field({ description: '公告名称 — title (NOTICE_NAME)' })
  noticeName!: string;

  @Field(() => String, { nullable: true, description: '公告内容 — HTML as published (NOTICE_CONTENT)' })
  noticeContent!: string | null;

  @Field(() => String, { nullable: true, description: '发布媒介 — where it was published (NOTICE_MEDIA)' })
  noticeMedia!: string | null;

  @Field(() => String, { nullable: true, description: '公告类型 — BULLETIN_TYPE as published' })
  bulletinType!: string | null;

  @Field(() => String, { nullable: true, description: '招标文件获取开始时间 — DOC_GET_START_TIME' })
  docGetStartAt!: string | null;

  @Field(() => String, { nullable: true, description: '招标文件获取截止时间 — DOC_GET_END_TIME' })
  docGetEndAt!: string | null;

  @Field(() => String, { nullable: true, description: '投标文件递交截止时间 — BID_DOC_REFER_END_TIME' })
  bidDocReferEndAt!: string | null;

  @Field(() => String, { nullable: true, description: '开标时间 — BID_OPEN_TIME' })
  bidOpenAt!: string | null;

  @Field(() => Money, { nullable: true, description: '招标文件售价 — document price (DOC_PRICE, 元)' })
  docPrice!: Money | null;

  @Field(() => TradingParty, { nullable: true, description: '招标人 — the tenderer (TENDERER_*)' })
  tenderer!: TradingParty | null;

  @Field(() => TradingParty, { nullable: true, description: '招标代理机构 — the tender agency (TENDER_AGENCY_*)' })
  agency!: TradingParty | null;
}
