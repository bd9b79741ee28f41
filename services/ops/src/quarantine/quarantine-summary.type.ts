import { Field, Int, ObjectType } from 'type-graphql';

/** 隔离汇总 — open entries of one source, stage and reason. */
@ObjectType({ description: '隔离汇总 — how many open quarantine entries a source has for one reason', simpleResolvers: true })
export class QuarantineReasonCount {
  @Field()
  source!: string;

  @Field()
  reason!: string;

  @Field()
  stage!: string;

  @Field(() => Int)
  count!: number;
}
