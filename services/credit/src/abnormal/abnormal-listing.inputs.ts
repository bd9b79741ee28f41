import { PageArgs, DateRange } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';

/** 经营异常名录筛选 — listing filters. */
@InputType({ description: '经营异常名录筛选 — abnormal-operations listing filters' })
export class AbnormalListingFilter {
  @Field(() => String, { nullable: true, description: '行政区划 — region code of the USCC; covers subdivisions' })
  regionCode?: string;

  @Field(() => DateRange, { nullable: true, description: '列入日期 — listing date range' })
  listedOn?: DateRange;

  @Field(() => Boolean, { nullable: true, description: 'true: removed only; false: still listed only' })
  removed?: boolean;

  @Field(() => String, { nullable: true, description: '关键字 — text in the organisation name or reason' })
  text?: string;
}

/** Arguments of a AbnormalListing list. */
@ArgsType()
export class AbnormalListingArgs extends PageArgs {
  @Field(() => AbnormalListingFilter, { nullable: true })
  filter?: AbnormalListingFilter;
}
