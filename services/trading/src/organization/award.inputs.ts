import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';
import { TradingFilter } from '../shared/trading-filter';
import { TradingOrder } from '../shared/trading-order';
import { AwardKind } from './award.type';

/** 中标筛选 — filters of an organisation's bids won. */
@InputType({ description: '中标筛选 — award filters (publishedDate: the result’s day; text: title, project code)' })
export class AwardFilter extends TradingFilter {
  @Field(() => AwardKind, { nullable: true, description: '中标类别 — only construction or only procurement' })
  kind?: AwardKind;
}

@ArgsType()
export class AwardArgs extends PageArgs {
  @Field(() => AwardFilter, { nullable: true })
  filter?: AwardFilter;

  @Field(() => TradingOrder, { nullable: true })
  orderBy?: TradingOrder;
}
