import { Field, ID, ObjectType } from 'type-graphql';
import { Publicity, Disclosure, Provenance, RegionRef } from '@keyfield/core';
import { Authority, Subject } from '../shared/subject.type';

/** 行政许可 — an administrative permit decision (双公示, XK_*). */
@ObjectType({ description: '行政许可 — administrative permit decision (双公示 XK_*)', simpleResolvers: true })
export class Permit {
  @Field(() => ID)
  id!: string;

  @Field({ description: '行政许可决定文书号 — decision document number (XK_WSH)' })
  documentNumber!: string;

  @Field(() => String, { nullable: true, description: '行政许可决定文书名称 — decision document title (XK_XKWS)' })
  documentTitle!: string | null;

  @Field(() => Subject)
  subject!: Subject;

  @Field(() => String, { nullable: true, description: '许可类别 — 普通, 特许, 认可, 核准, 登记, 其他 (XK_XKLB)' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: '许可证书名称 — certificate name (XK_XKZS)' })
  certificateName!: string | null;

  @Field(() => String, { nullable: true, description: '许可编号 — permit number (XK_XKBH)' })
  permitNumber!: string | null;

  @Field(() => String, { nullable: true, description: '许可内容 — content (XK_NR)' })
  content!: string | null;

  @Field({ description: '许可决定日期 — decision date (XK_JDRQ)' })
  decisionDate!: string;

  @Field(() => String, { nullable: true, description: '有效期自 — valid from (XK_YXQZ)' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: '有效期至 — valid to (XK_YXQZI); null with longTerm for 长期' })
  validTo!: string | null;

  @Field({ description: '长期有效 — long-term (published as 2099/12/31)' })
  longTerm!: boolean;

  @Field(() => String, { nullable: true, description: '当前状态 — VALID (有效), INVALID (无效) or the label as published' })
  status!: string | null;

  @Field(() => Authority, { description: '许可机关 — issuing authority (XK_XKJG / XK_XKJGDM)' })
  authority!: Authority;

  @Field(() => Authority, { nullable: true, description: '数据来源单位 — data source (XK_LYDW / XK_LYDWDM)' })
  dataSource!: Authority | null;

  @Field(() => String, { nullable: true, description: '备注 — remark (BZ)' })
  remark!: string | null;

  @Field(() => RegionRef, { nullable: true, description: '行政区划 — the issuing authority’s region' })
  region!: RegionRef | null;

  @Field(() => Disclosure)
  disclosure!: Disclosure;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Publicity, { description: '公开状态 — in public view now, or why not (the public sees only records that are)' })
  publicity!: Publicity;
}
