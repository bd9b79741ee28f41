import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { TradingRecord } from '../shared/trading-record.type';

/** Which kind of award a record is. */
export enum AwardKind {
  CONSTRUCTION = 'CONSTRUCTION',
  PROCUREMENT = 'PROCUREMENT',
}

registerEnumType(AwardKind, {
  name: 'AwardKind',
  description: '中标类别 — kind of award',
  valuesConfig: {
    CONSTRUCTION: { description: '工程建设中标结果 — a construction win result (id C…)' },
    PROCUREMENT: { description: '政府采购中标（成交）结果 — a procurement result (id P…)' },
  },
});

/** 中标 — an award won: a construction win result or a procurement result, as one list. */
@ObjectType({ description: '中标 — a bid won: a construction win result or a procurement award result', simpleResolvers: true })
export class TradingAward extends TradingRecord {
  @Field(() => AwardKind)
  kind!: AwardKind;

  @Field(() => String, { nullable: true, description: '项目编号 — tender project code (construction) or procurement project code' })
  projectCode!: string | null;

  @Field({ description: '公告标题 — title of the result notice' })
  title!: string;

  @Field({ description: '中标公告时间 — when the result was published (else last changed), ISO 8601 at +08:00' })
  awardedAt!: string;

  @Field(() => [TradingParty], { description: '中标人 — every winner of the record, this organisation’s entries tied to it' })
  winners!: TradingParty[];

  @Field({ description: '按名称匹配 — the organisation is among the winners by its normalised name only (published without a code)' })
  matchedByName!: boolean;
}
