import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';

/** 市场主体筛选 — organisation filters. */
@InputType({ description: '市场主体筛选 — organisation filters' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: '行政区划 — region code; covers its subdivisions' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: '名称包含 — text in the name (full- and half-width brackets match)' })
  text?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only codes that pass (true) or fail (false) the check' })
  usccValid?: boolean;
}

/** Arguments of a Organization list. */
@ArgsType()
export class OrganizationArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter;
}
