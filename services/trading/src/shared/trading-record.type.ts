import { Disclosure, Provenance, Publicity } from '@keyfield/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TradingRegion } from './trading-region.type';

/** What every trading record shows: its id, region, 公开属性, provenance and publicity. */
@ObjectType()
export abstract class TradingRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => TradingRegion, { nullable: true, description: '行政区划 — region of the record (REGION_CODE)' })
  region!: TradingRegion | null;

  @Field(() => Disclosure)
  disclosure!: Disclosure;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Publicity, { description: '公开状态 — in public view now, or why not (the public sees only records that are)' })
  publicity!: Publicity;
}

/** The national trading platform's identity of a record (城市公共资源交易网 records). */
@ObjectType()
export abstract class PlatformRecord extends TradingRecord {
  @Field(() => String, { nullable: true, description: '平台标识码 — platform code (PLATFORM_CODE)' })
  platformCode!: string | null;

  @Field(() => String, { nullable: true, description: '统一交易标识码 — unified deal code (UNIFIED_DEAL_CODE)' })
  unifiedDealCode!: string | null;

  @Field(() => String, { nullable: true, description: '交易场所代码 — trading place code (TRA_PLACE_CODE)' })
  tradePlaceCode!: string | null;

  @Field(() => String, { nullable: true, description: '信息来源链接 — the page on the trading site (URL)' })
  url!: string | null;
}

/** A platform record with amounts: the price unit and currency as published. */
@ObjectType()
export abstract class PricedRecord extends PlatformRecord {
  @Field(() => String, { nullable: true, description: '金额单位代码 — PRICE_UNIT as published (1 元, 2 万元)' })
  priceUnitCode!: string | null;

  @Field(() => String, { nullable: true, description: '币种代码 — CURRENCY_CODE (156 人民币)' })
  currencyCode!: string | null;

  @Field({ description: '金额单位更正 — the site corrected the price unit after first publication (M_MONEY_UPDATE)' })
  priceUnitCorrected!: boolean;
}
