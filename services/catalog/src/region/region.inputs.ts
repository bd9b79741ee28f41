import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';
import { RegionLevel } from './region-level';

/** 行政区划筛选 — filters of the regions list. */
@InputType({ description: '行政区划筛选 — filters of the regions list' })
export class RegionFilter {
  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel;

  @Field(() => String, { nullable: true, description: '上级代码 — only the direct children of this code' })
  parentCode?: string;

  @Field(() => String, { nullable: true, description: '名称包含 — substring of the name or full name' })
  nameContains?: string;
}

/** Arguments of the regions list. */
@ArgsType()
export class RegionArgs extends PageArgs {
  @Field(() => RegionFilter, { nullable: true })
  filter?: RegionFilter;
}
