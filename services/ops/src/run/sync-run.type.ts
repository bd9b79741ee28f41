import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** 同步计数 — what a run did so far (all zero for a run that has not committed a batch). */
@ObjectType({ description: '同步计数 — record counts of a sync run', simpleResolvers: true })
export class SyncRunCounts {
  @Field(() => Int, { description: '抓取 — records (and unparseable lines) read from the upstream' })
  fetched!: number;

  @Field(() => Int, { description: '新增 — new rows stored' })
  inserted!: number;

  @Field(() => Int, { description: '更新 — stored rows whose content changed' })
  updated!: number;

  @Field(() => Int, { description: '未变 — records identical to the stored row' })
  unchanged!: number;

  @Field(() => Int, { description: '撤回 — rows withdrawn (upstream deletions, records missing from a corrected file)' })
  withdrawn!: number;

  @Field(() => Int, { description: '隔离 — records that could not be stored (see quarantine)' })
  quarantined!: number;

  @Field(() => Int, { description: '批次 — pages or file chunks committed' })
  batches!: number;

  @Field(() => Int, { nullable: true, description: '库中记录 — full runs: records stored (not withdrawn) before reconciling; null for other runs' })
  stored!: number | null;

  @Field(() => Int, { nullable: true, description: '完整拉取 — full runs: records the complete pull held' })
  pulled!: number | null;

  @Field(() => Int, { nullable: true, description: '消失 — full runs: stored records the complete pull no longer held (withdrawn, or held for a decision)' })
  vanishing!: number | null;
}

/** 同步运行 — one run of one source, from its start to its final status. */
@ObjectType({ description: '同步运行 — one run of one source', simpleResolvers: true })
export class SyncRun {
  @Field(() => ID)
  id!: string;

  @Field({ description: '源名称 — the source, e.g. credit/xzcf' })
  source!: string;

  @Field({ description: '状态 — running, succeeded, failed, timed_out, held (a snapshot held for a person) or abandoned (its worker died)' })
  status!: string;

  @Field({ description: '触发方式 — how it was started: cli, schedule, manual, start, or push (a batch pushed through the ingest API)' })
  trigger!: string;

  @Field({ description: '模式 — incremental (from the cursor), full (a complete pull compared with the table), replay (archived bytes re-converted) or push (a pushed batch)' })
  mode!: string;

  @Field(() => String, { nullable: true, description: '执行进程 — the worker process that ran it (host:pid); null for the CLI' })
  worker!: string | null;

  @Field({ description: '开始时间 — ISO 8601 with offset' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: '结束时间 — null while running' })
  finishedAt!: string | null;

  @Field({ description: '心跳时间 — moves with every committed batch' })
  heartbeatAt!: string;

  @Field(() => Int, { description: '心跳间隔 — seconds since the last heartbeat; a running run whose heartbeat grows old is stuck' })
  heartbeatAgeSeconds!: number;

  @Field(() => Float, { description: '耗时 — seconds from start to finish (to now while running)' })
  durationSeconds!: number;

  @Field(() => SyncRunCounts)
  counts!: SyncRunCounts;

  @Field(() => String, { nullable: true, description: '错误 — why it did not succeed' })
  error!: string | null;
}
