import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';
import { TradingFilter } from '../shared/trading-filter';
import { TradingOrder } from '../shared/trading-order';

/** 候选人公示与中标结果筛选 — filters of candidate publicities and win results. */
@InputType({ description: '中标候选人公示、中标结果筛选 — candidate publicity and win result filters (text: title, tender project code)' })
export class TenderResultFilter extends TradingFilter {
  @Field(() => String, { nullable: true, description: '招标项目编号 — one tender project' })
  tenderProjectCode?: string;

  @Field(() => String, { nullable: true, description: '投标人代码 — a candidate’s or winner’s code as published' })
  partyCode?: string;
}

@ArgsType()
export class TenderResultArgs extends PageArgs {
  @Field(() => TenderResultFilter, { nullable: true })
  filter?: TenderResultFilter;

  @Field(() => TradingOrder, { nullable: true })
  orderBy?: TradingOrder;
}
