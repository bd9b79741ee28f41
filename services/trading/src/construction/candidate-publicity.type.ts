import { Field, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { PricedRecord } from '../shared/trading-record.type';
import { withTender } from './tender-fields';

/** 中标候选人公示 — the ranked candidates of one tender project, all its lots. */
@ObjectType({ description: '中标候选人公示 — candidate publicity of one tender project (CANDIDATE_PUBLICITY)', simpleResolvers: true })
export class CandidatePublicity extends withTender(PricedRecord) {
  @Field({ description: '公示名称 — title (PUBLICITY_NAME)' })
  publicityName!: string;

  @Field(() => String, { nullable: true, description: '公示内容 — HTML as published' })
  publicityContent!: string | null;

  @Field(() => String, { nullable: true, description: '公示开始时间 — PUBLICITY_START_TIME' })
  publicityStartAt!: string | null;

  @Field(() => String, { nullable: true, description: '公示结束时间 — PUBLICITY_END_TIME' })
  publicityEndAt!: string | null;

  @Field(() => [TradingParty], { description: '中标候选人 — candidates with lot, rank and bid, in the order published' })
  candidates!: TradingParty[];
}
