import { PageArgs, DateRange } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';

/** 失信被执行人筛选 — defaulter filters. */
@InputType({ description: '失信被执行人筛选 — judgment defaulter filters' })
export class DefaulterFilter {
  @Field(() => String, { nullable: true, description: '关键字 — text in the name, case number or court' })
  text?: string;

  @Field(() => String, { nullable: true, description: '履行情况 — 已履行, 未履行 or 部分履行' })
  performance?: string;

  @Field(() => DateRange, { nullable: true, description: '发布时间 — publication date range' })
  publishedOn?: DateRange;
}

/** Arguments of a Defaulter list. */
@ArgsType()
export class DefaulterArgs extends PageArgs {
  @Field(() => DefaulterFilter, { nullable: true })
  filter?: DefaulterFilter;
}
