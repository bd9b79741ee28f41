import { PageArgs, DateRange } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';
import { SubjectKind } from '../shared/subject-kind';

/** 行政许可筛选 — what a column page filters permits by. */
@InputType({ description: '行政许可筛选 — permit filters' })
export class PermitFilter {
  @Field(() => String, { nullable: true, description: '行政区划 — a region code; covers its subdivisions' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: '许可机关统一社会信用代码 — the authority’s USCC' })
  authorityCode?: string;

  @Field(() => DateRange, { nullable: true, description: '许可决定日期 — decision date range' })
  decisionDate?: DateRange;

  @Field(() => String, { nullable: true, description: '许可类别 — permit kind, e.g. 登记' })
  kind?: string;

  @Field(() => SubjectKind, { nullable: true })
  subjectKind?: SubjectKind;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — the party’s USCC' })
  uscc?: string;

  @Field(() => String, { nullable: true, description: '关键字 — text in the party’s name, document number or authority' })
  text?: string;
}

/** Arguments of a Permit list. */
@ArgsType()
export class PermitArgs extends PageArgs {
  @Field(() => PermitFilter, { nullable: true })
  filter?: PermitFilter;
}
