import { Field, ID, ObjectType } from 'type-graphql';

/** 手动同步 — a run asked for by hand, waiting in its source's job queue. */
@ObjectType({ description: '手动同步 — a run queued by triggerSync', simpleResolvers: true })
export class TriggeredSync {
  @Field({ description: '源名称 — the source, e.g. credit/xzcf' })
  source!: string;

  @Field(() => ID, { description: '任务号 — the queue job that will run it; the same job when a run was already waiting' })
  jobId!: string;
}
