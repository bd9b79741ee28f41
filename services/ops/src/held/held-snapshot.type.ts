import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * 暂扣快照 — a complete snapshot in which a large share of the stored records vanished at once
 * (policy.md "Withdrawal"): not applied, held for a person to release or discard.
 */
@ObjectType({ description: '暂扣快照 — a snapshot held because too many records vanished from it at once', simpleResolvers: true })
export class HeldSnapshot {
  @Field(() => ID)
  id!: string;

  @Field({ description: '源名称 — the source, e.g. credit/xzxk' })
  source!: string;

  @Field({ description: '发现时间 — when the run held it' })
  detectedAt!: string;

  @Field(() => Int, { description: '库中记录数 — records stored before the snapshot' })
  storedCount!: number;

  @Field(() => Int, { description: '快照记录数 — records in the snapshot' })
  snapshotCount!: number;

  @Field(() => Int, { description: '消失记录数 — stored records the snapshot no longer holds (they would be withdrawn)' })
  vanishingCount!: number;

  @Field(() => Float, { description: '消失比例 — vanishingCount / storedCount' })
  vanishingShare!: number;

  @Field(() => Float, { description: '阈值 — the share above which a snapshot is held' })
  threshold!: number;

  @Field({ description: '状态 — held (awaiting a decision), released (to be applied by the next full run) or discarded' })
  status!: string;

  @Field(() => String, { nullable: true, description: '决定时间 — when it was released or discarded' })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: '决定人 — who released or discarded it' })
  decidedBy!: string | null;

  @Field(() => ID, { nullable: true, description: '暂扣运行 — the full run that held it' })
  runId!: string | null;

  @Field(() => String, { nullable: true, description: '应用时间 — when a full run applied the released snapshot; null until then' })
  appliedAt!: string | null;

  @Field(() => ID, { nullable: true, description: '应用运行 — the full run that applied it' })
  appliedRunId!: string | null;
}
