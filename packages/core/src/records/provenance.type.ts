import { Directive, Field, ObjectType } from 'type-graphql';

/** 数据来源 — where a record came from and when it last changed here. */
@Directive('@shareable')
@ObjectType({ description: '数据来源 — provenance of a record', simpleResolvers: true })
export class Provenance {
  @Field({ description: '来源 — upstream system and stream, e.g. credit/xzcf' })
  source!: string;

  @Field({ description: '来源主键 — the record’s natural key at the source' })
  sourceKey!: string;

  @Field({ description: '抓取时间 — when the bytes were fetched (ISO 8601 with offset)' })
  fetchedAt!: string;

  @Field({ description: '更新时间 — when keyfield last changed the record' })
  updatedAt!: string;

  @Field(() => String, { nullable: true, description: '撤回时间 — when the upstream withdrew it' })
  withdrawnAt!: string | null;

  @Field(() => String, { nullable: true, description: '撤回原因 — why it was withdrawn' })
  withdrawalReason!: string | null;
}

/** The provenance columns every synced table has, selected under these aliases. */
export const PROVENANCE_COLUMNS = (a: string): string => `${a}.source, ${a}.source_key AS "sourceKey",
  to_char(${a}.fetched_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') AS "fetchedAt",
  to_char(${a}.updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') AS "updatedAt",
  to_char(${a}.withdrawn_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') AS "withdrawnAt",
  ${a}.withdrawal_reason AS "withdrawalReason", ${a}.disclosure`;

export interface ProvenanceRow {
  source: string;
  sourceKey: string;
  fetchedAt: string;
  updatedAt: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  disclosure: string | null;
  /** Present only for callers who see beyond public view (see `publicityColumns`). */
  hiddenReason?: string | null;
  hiddenSince?: string | null;
}

export function provenanceOf(row: ProvenanceRow): Provenance {
  const { source, sourceKey, fetchedAt, updatedAt, withdrawnAt, withdrawalReason } = row;
  return { source, sourceKey, fetchedAt, updatedAt, withdrawnAt, withdrawalReason };
}
