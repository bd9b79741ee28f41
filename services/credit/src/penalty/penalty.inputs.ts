import { PageArgs, DateRange } from '@keyfield/core';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { SubjectKind } from '../shared/subject-kind';

/** 行政处罚筛选 — what a column page filters penalties by. */
@InputType({ description: '行政处罚筛选 — penalty filters' })
export class PenaltyFilter {
  @Field(() => String, { nullable: true, description: '行政区划 — a region code; covers its subdivisions' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: '处罚机关统一社会信用代码 — the authority’s USCC' })
  authorityCode?: string;

  @Field(() => DateRange, { nullable: true, description: '处罚决定日期 — decision date range' })
  decisionDate?: DateRange;

  @Field(() => String, { nullable: true, description: '处罚类别 — one penalty kind, e.g. 罚款' })
  kind?: string;

  @Field(() => SubjectKind, { nullable: true })
  subjectKind?: SubjectKind;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — the party’s USCC' })
  uscc?: string;

  @Field(() => String, { nullable: true, description: '关键字 — text in the party’s name, decision number or authority' })
  text?: string;
}

/** Orders of the penalty lists (each served by an index). */
export enum PenaltyOrder {
  DECISION_DATE_DESC = 'DECISION_DATE_DESC',
  DECISION_DATE_ASC = 'DECISION_DATE_ASC',
}

registerEnumType(PenaltyOrder, { name: 'PenaltyOrder', description: '行政处罚排序 — order of a penalty list (newest first by default)' });

/** Arguments of a Penalty list. */
@ArgsType()
export class PenaltyArgs extends PageArgs {
  @Field(() => PenaltyFilter, { nullable: true })
  filter?: PenaltyFilter;

  @Field(() => PenaltyOrder, { nullable: true })
  orderBy?: PenaltyOrder;
}
