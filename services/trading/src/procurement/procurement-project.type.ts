import { Field, ObjectType } from 'type-graphql';

/**
 * 政府采购项目 — one procurement's life cycle: intention → announcement → corrections → result →
 * contract → acceptance, joined on its project code. Each part lists only what the caller may see.
 */
@ObjectType({ description: '政府采购项目 — one procurement’s life cycle (采购意向 → 公告 → 更正 → 结果 → 合同 → 验收)' })
export class ProcurementProject {
  @Field({ description: '采购项目编号 — project code' })
  projectCode!: string;
}

/** The project of a record with a project code. */
export const procurementProjectOf = (record: { projectCode: string | null }): ProcurementProject | null =>
  (record.projectCode ? { projectCode: record.projectCode } : null);
