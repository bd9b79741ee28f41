import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';

/** What quarantine entries are filtered by. */
@InputType({ description: '隔离筛选 — quarantine filters' })
export class QuarantineFilter {
  @Field(() => String, { nullable: true, description: '源名称 — one source, e.g. credit/xzcf' })
  source?: string;

  @Field(() => String, { nullable: true, description: '原因 — text in the reason, e.g. CF_JDRQ or 不存在的日期' })
  reason?: string;

  @Field(() => String, { nullable: true, description: '环节 — decode, parse or convert' })
  stage?: string;

  @Field(() => Boolean, { nullable: true, description: '已处理 — true: resolved entries only; false: open ones only; unset: both' })
  resolved?: boolean;
}

@ArgsType()
export class QuarantineArgs extends PageArgs {
  @Field(() => QuarantineFilter, { nullable: true })
  filter?: QuarantineFilter;
}
