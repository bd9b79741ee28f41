import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { PricedRecord } from '../shared/trading-record.type';
import { TradingFilter } from '../shared/trading-filter';
import { TradingOrder } from '../shared/trading-order';

/** The parcel (宗地) of a land transfer notice or deal. */
@ObjectType()
export abstract class ParcelRecord extends PricedRecord {
  @Field({ description: '宗地编号 — parcel code (LAND_CODE)' })
  landCode!: string;

  @Field(() => String, { nullable: true, description: '宗地位置 — location (LAND_POSITION)' })
  landPosition!: string | null;

  @Field(() => String, { nullable: true, description: '土地面积 — area in 平方米, a decimal string (LAND_AREA)' })
  landArea!: string | null;

  @Field(() => String, { nullable: true, description: '土地用途 — use (住宅用地, 商服用地, 工业用地, …)' })
  landUsage!: string | null;

  @Field(() => String, { nullable: true, description: '出让年限 — term in years, as published (LEND_AGE_LIMIT)' })
  lendAgeLimit!: string | null;

  @Field(() => String, { nullable: true, description: '出让方式 — 招标, 拍卖 or 挂牌' })
  transferMode!: string | null;
}

/** 土地出让筛选 — land transfer notice and deal filters. */
@InputType({ description: '土地出让筛选 — land notice and deal filters (text: title or location, parcel code)' })
export class LandFilter extends TradingFilter {
  @Field(() => String, { nullable: true, description: '宗地编号 — one parcel' })
  landCode?: string;

  @Field(() => String, { nullable: true, description: '土地用途 — e.g. 住宅用地' })
  landUsage?: string;

  @Field(() => String, { nullable: true, description: '出让方式 — 招标, 拍卖 or 挂牌' })
  transferMode?: string;
}

@ArgsType()
export class LandArgs extends PageArgs {
  @Field(() => LandFilter, { nullable: true })
  filter?: LandFilter;

  @Field(() => TradingOrder, { nullable: true })
  orderBy?: TradingOrder;
}
