import { Field, ObjectType } from 'type-graphql';

/**
 * 同步源 — one upstream stream the sync engine pulls (`credit/xzcf`), with where its cursor stands,
 * its runs, its quarantine and any held snapshot (resolved per field, batched across sources).
 */
@ObjectType({ description: '同步源 — one upstream stream the sync engine pulls, with its state' })
export class SyncSource {
  @Field({ description: '源名称 — system/stream, e.g. credit/xzcf' })
  name!: string;

  @Field({ description: '上游系统 — the upstream system, e.g. credit (省信用平台)' })
  system!: string;

  @Field({ description: '目标表 — the table its records are stored in, e.g. credit.penalty' })
  table!: string;
}
