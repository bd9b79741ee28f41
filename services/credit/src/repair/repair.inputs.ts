import { PageArgs, DateRange } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';

/** 信用修复筛选 — repair filters. */
@InputType({ description: '信用修复筛选 — repair filters' })
export class RepairFilter {
  @Field(() => String, { nullable: true, description: '处罚机关统一社会信用代码 — the penalty authority’s USCC' })
  authorityCode?: string;

  @Field(() => DateRange, { nullable: true, description: '修复日期 — repair date range' })
  repairDate?: DateRange;
}

/** Arguments of a Repair list. */
@ArgsType()
export class RepairArgs extends PageArgs {
  @Field(() => RepairFilter, { nullable: true })
  filter?: RepairFilter;
}
