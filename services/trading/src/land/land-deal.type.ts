import { Money } from '@keyfield/core';
import { Field, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { ParcelRecord } from './parcel-fields';

/** 土地出让成交结果 — the deal of one parcel. */
@ObjectType({ description: '土地出让成交结果 — land deal (DEAL_LAND_INFO)', simpleResolvers: true })
export class LandDeal extends ParcelRecord {
  @Field(() => Money, { nullable: true, description: '成交价 — deal price' })
  dealPrice!: Money | null;

  @Field(() => TradingParty, { nullable: true, description: '受让人 — the buyer (LENDING_NAME/TYPE/CODE)' })
  buyer!: TradingParty | null;

  @Field(() => String, { nullable: true, description: '公示时间 — PUBLISHING_TIME, ISO 8601 at +08:00' })
  publishedAt!: string | null;
}
