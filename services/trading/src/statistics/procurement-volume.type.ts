import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateRange } from '@keyfield/core';

/** What procurement volume is grouped by. */
export enum VolumeDimension {
  REGION = 'REGION',
  METHOD = 'METHOD',
  MONTH = 'MONTH',
}

registerEnumType(VolumeDimension, {
  name: 'VolumeDimension',
  description: '汇总维度 — what procurement volume is grouped by',
  valuesConfig: {
    REGION: { description: '行政区划 — the purchaser’s region code as published' },
    METHOD: { description: '采购方式 — purchase method' },
    MONTH: { description: '月份 — month of publication (Asia/Shanghai), YYYY-MM' },
  },
});

/** 采购规模筛选 — which procurement results are summed. */
@InputType({ description: '采购规模筛选 — procurement volume filters' })
export class ProcurementVolumeFilter {
  @Field(() => String, { nullable: true, description: '行政区划 — a region code; covers its subdivisions' })
  regionCode?: string;

  @Field(() => DateRange, { nullable: true, description: '发布日期 — publication day range of the results' })
  publishedDate?: DateRange;

  @Field(() => String, { nullable: true, description: '采购方式 — one purchase method' })
  purchaseMethod?: string;
}

/** 采购规模 — one group of procurement results: how many, and how much was awarded. */
@ObjectType({ description: '采购规模 — procurement results of one group: count and awarded amount (中标金额, 元)', simpleResolvers: true })
export class ProcurementVolume {
  @Field(() => String, { nullable: true, description: '行政区划代码 — null unless grouped by REGION' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: '采购方式 — null unless grouped by METHOD' })
  method!: string | null;

  @Field(() => String, { nullable: true, description: '月份 — YYYY-MM, null unless grouped by MONTH' })
  month!: string | null;

  @Field(() => Int, { description: '结果数 — procurement results in the group' })
  count!: number;

  @Field({ description: '中标金额 — the winners’ amounts summed, in 元, a decimal string' })
  amountYuan!: string;
}
