import { PageArgs } from '@keyfield/core';
import { ArgsType, Field, InputType } from 'type-graphql';

/** What held snapshots are filtered by. */
@InputType({ description: '暂扣快照筛选 — held snapshot filters' })
export class HeldSnapshotFilter {
  @Field(() => String, { nullable: true, description: '源名称 — one source, e.g. credit/xzxk' })
  source?: string;

  @Field(() => String, { nullable: true, description: '状态 — held, released or discarded' })
  status?: string;
}

@ArgsType()
export class HeldSnapshotArgs extends PageArgs {
  @Field(() => HeldSnapshotFilter, { nullable: true })
  filter?: HeldSnapshotFilter;
}
