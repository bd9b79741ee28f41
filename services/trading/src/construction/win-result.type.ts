import { Field, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { PricedRecord } from '../shared/trading-record.type';
import { withTender } from './tender-fields';

/** 中标结果公示 — the winners of one tender project, all its lots. */
@ObjectType({ description: '中标结果公示 — construction win result of one tender project (WIN_RESULT)', simpleResolvers: true })
export class ConstructionWinResult extends withTender(PricedRecord) {
  @Field({ description: '公告名称 — title (NOTICE_NAME)' })
  noticeName!: string;

  @Field(() => String, { nullable: true, description: '公告内容 — HTML as published' })
  noticeContent!: string | null;

  @Field(() => String, { nullable: true, description: '公告发布时间 — NOTICE_SEND_TIME, ISO 8601 at +08:00' })
  sentAt!: string | null;

  @Field(() => [TradingParty], { description: '中标人 — winners (a consortium is several, BIDDER_ROLE), with lot and amount; project leads masked' })
  winners!: TradingParty[];
}
