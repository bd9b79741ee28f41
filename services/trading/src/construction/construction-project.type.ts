import { Field, ObjectType } from 'type-graphql';

/**
 * 工程建设项目 — one construction tender project's life cycle: notice → change → candidates →
 * result, joined on its tender project code. Each part lists only what the caller may see.
 */
@ObjectType({ description: '工程建设项目 — one tender project’s life cycle (招标公告 → 变更 → 中标候选人公示 → 中标结果)' })
export class ConstructionProject {
  @Field({ description: '招标项目编号 — tender project code (TENDER_PROJECT_CODE)' })
  tenderProjectCode!: string;
}
