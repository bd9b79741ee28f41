import { Field, ID, ObjectType } from 'type-graphql';
import { Publicity, Provenance } from '@keyfield/core';

/** 经营异常名录 — an abnormal-operations listing; it leaves public view when removed (移出). */
@ObjectType({ description: '经营异常名录 — abnormal-operations listing', simpleResolvers: true })
export class AbnormalListing {
  @Field(() => ID)
  id!: string;

  @Field({ description: '统一社会信用代码 — USCC of the organisation listed' })
  uscc!: string;

  @Field({ description: '企业名称 — name of the organisation listed' })
  organizationName!: string;

  @Field({ description: '列入经营异常名录原因 — reason listed (LRYY)' })
  listedReason!: string;

  @Field({ description: '列入日期 — date listed (LRRQ)' })
  listedOn!: string;

  @Field(() => String, { nullable: true, description: '作出决定机关（列入）— listing authority (LRJG)' })
  listedBy!: string | null;

  @Field(() => String, { nullable: true, description: '移出经营异常名录原因 — reason removed (YCYY)' })
  removedReason!: string | null;

  @Field(() => String, { nullable: true, description: '移出日期 — date removed (YCRQ); null while listed' })
  removedOn!: string | null;

  @Field(() => String, { nullable: true, description: '作出决定机关（移出）— removing authority (YCJG)' })
  removedBy!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Publicity, { description: '公开状态 — in public view now, or why not (the public sees only records that are)' })
  publicity!: Publicity;
}
