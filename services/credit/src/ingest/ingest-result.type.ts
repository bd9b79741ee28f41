import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { IngestChange, IngestStatus } from './ingest-status';

/** 单条结果 — the answer for one pushed record. */
@Directive('@shareable')
@ObjectType({ description: '单条结果 — the answer for one pushed record, at its position in the batch', simpleResolvers: true })
export class IngestRecordResult {
  @Field(() => Int, { description: '序号 — 0-based position of the record in `records`' })
  index!: number;

  @Field(() => String, { nullable: true, description: '主键 — natural key, its parts joined by `|`; null when it could not be read' })
  key!: string | null;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => IngestChange, { nullable: true, description: '写入方式 — for ACCEPTED: inserted or updated; null otherwise' })
  change!: IngestChange | null;

  @Field(() => String, { nullable: true, description: '拒绝原因 — for REJECTED: why, naming the field or the record that won; null otherwise' })
  reason!: string | null;
}

/** 推送结果 — the answer for one push-ingest call. */
@Directive('@shareable')
@ObjectType({ description: '推送结果 — the answer for one batch: counts, then one result per record in input order', simpleResolvers: true })
export class IngestResult {
  @Field({ description: '请求编号 — names this push in quarantine locators (`push:<requestId>#<index>`, permits `…#<index>@<fileName>`)' })
  requestId!: string;

  @Field(() => Int, { description: '已接收 — records stored (inserted + updated)' })
  accepted!: number;

  @Field(() => Int, { description: '新增 — records not stored before' })
  inserted!: number;

  @Field(() => Int, { description: '更新 — stored records whose content changed' })
  updated!: number;

  @Field(() => Int, { description: '未变化 — records already stored with the same content' })
  unchanged!: number;

  @Field(() => Int, { description: '已拒绝 — records not stored' })
  rejected!: number;

  @Field(() => Int, { description: '撤回 — accepted records that withdraw their record (operation D)' })
  withdrawn!: number;

  @Field(() => Int, { description: '隔离 — rejected records newly filed in quarantine (an identical open entry is filed once)' })
  quarantined!: number;

  @Field(() => [IngestRecordResult], { description: '逐条结果 — one per record, in input order' })
  results!: IngestRecordResult[];
}
