import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';
import { TradingFilter } from '../shared/trading-filter';
import { TradingOrder } from '../shared/trading-order';
import { NoticeNature } from './notice-nature';

/** 招标公告筛选 — construction notice filters. */
@InputType({ description: '招标公告筛选 — construction notice filters (text: title, tender project code, tenderer)' })
export class ConstructionNoticeFilter extends TradingFilter {
  @Field(() => NoticeNature, { nullable: true, description: '公告性质 — only originals or only changes' })
  nature?: NoticeNature;

  @Field(() => String, { nullable: true, description: '招标项目编号 — one tender project' })
  tenderProjectCode?: string;
}

@ArgsType()
export class ConstructionNoticeArgs extends PageArgs {
  @Field(() => ConstructionNoticeFilter, { nullable: true })
  filter?: ConstructionNoticeFilter;

  @Field(() => TradingOrder, { nullable: true })
  orderBy?: TradingOrder;
}
