import { Field, ID, ObjectType } from 'type-graphql';
import { Publicity, Disclosure, Money, Provenance, RegionRef } from '@keyfield/core';
import { Authority, Subject } from '../shared/subject.type';

/** 行政处罚 — an administrative penalty decision (双公示, CF_*). */
@ObjectType({ description: '行政处罚 — administrative penalty decision (双公示 CF_*)', simpleResolvers: true })
export class Penalty {
  @Field(() => ID)
  id!: string;

  @Field({ description: '行政处罚决定书文号 — penalty decision number (CF_WSH)' })
  decisionNumber!: string;

  @Field(() => Subject)
  subject!: Subject;

  @Field(() => String, { nullable: true, description: '违法行为类型 — violation type (CF_WFXW)' })
  violationType!: string | null;

  @Field(() => String, { nullable: true, description: '违法事实 — facts (CF_SY)' })
  facts!: string | null;

  @Field(() => String, { nullable: true, description: '处罚依据 — legal basis (CF_YJ)' })
  legalBasis!: string | null;

  @Field(() => [String], { description: '处罚类别 — penalty kinds (CF_CFLB), several may apply' })
  kinds!: string[];

  @Field(() => String, { nullable: true, description: '处罚内容 — content text (CF_NR)' })
  content!: string | null;

  @Field(() => Money, { nullable: true, description: '罚款金额 — fine (CF_NR_FK, published in 万元)' })
  fine!: Money | null;

  @Field(() => Money, { nullable: true, description: '没收违法所得、没收非法财物的金额 — confiscated (CF_NR_WFFF)' })
  confiscated!: Money | null;

  @Field(() => String, { nullable: true, description: '暂扣或吊销证照名称及编号 — licence affected (CF_NR_ZKDX)' })
  licenceAffected!: string | null;

  @Field({ description: '处罚决定日期 — decision date (CF_JDRQ)' })
  decisionDate!: string;

  @Field(() => String, { nullable: true, description: '处罚有效期 — valid until (CF_YXQ)' })
  validUntil!: string | null;

  @Field(() => String, { nullable: true, description: '公示截止期 — publicity end date (CF_GSJZQ)' })
  publicityEndDate!: string | null;

  @Field(() => Authority, { description: '处罚机关 — deciding authority (CF_CFJG / CF_CFJGDM)' })
  authority!: Authority;

  @Field(() => Authority, { nullable: true, description: '数据来源单位 — data source (CF_SJLY / CF_SJLYDM)' })
  dataSource!: Authority | null;

  @Field(() => String, { nullable: true, description: '备注 — remark (BZ)' })
  remark!: string | null;

  @Field(() => RegionRef, { nullable: true, description: '行政区划 — the deciding authority’s region' })
  region!: RegionRef | null;

  @Field(() => Disclosure)
  disclosure!: Disclosure;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Publicity, { description: '公开状态 — in public view now, or why not (the public sees only records that are)' })
  publicity!: Publicity;
}
