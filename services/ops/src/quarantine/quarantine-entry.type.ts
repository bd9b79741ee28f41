import { Field, ID, ObjectType } from 'type-graphql';

/** 隔离记录 — a record the sync could not store, with why and where it came from. */
@ObjectType({ description: '隔离记录 — a record the sync could not store, with the reason and its origin', simpleResolvers: true })
export class QuarantineEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: '源名称 — the source, e.g. credit/xzcf' })
  source!: string;

  @Field({ description: '环节 — where it failed: decode, parse or convert' })
  stage!: string;

  @Field({ description: '原因 — why, naming the field (e.g. "CF_JDRQ: 不存在的日期 — no such date: 2026-13-45")' })
  reason!: string;

  @Field({ description: '定位 — where in the upstream: page URL#index, or file URL:line, or push:<request>#index' })
  locator!: string;

  @Field(() => String, { nullable: true, description: '记录主键 — the natural key, when it could be read' })
  recordKey!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '原始记录 — the wire record as JSON, personal document numbers masked and addresses redacted; null for a line that could not be parsed',
  })
  record!: string | null;

  @Field({ description: '隔离时间 — when it was quarantined' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: '处理时间 — when it was re-driven into its table or resolved by hand; null while open' })
  resolvedAt!: string | null;

  @Field(() => String, { nullable: true, description: '处理方式 — stored (its record is in its table now), superseded (a newer version was), or resolved (closed by hand)' })
  resolution!: string | null;

  @Field(() => String, { nullable: true, description: '处理人 — who closed it (an operator, or replay)' })
  resolvedBy!: string | null;

  @Field(() => String, { nullable: true, description: '处理说明 — the note given when closing it by hand' })
  resolutionNote!: string | null;

  @Field(() => String, { nullable: true, description: '文件名 — the file the record came from (file feeds)' })
  fileName!: string | null;

  /** Resolved to RawPage by the entry resolver, one query per level. */
  rawPageId!: string | null;
}
