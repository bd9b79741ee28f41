import { Field, ObjectType } from 'type-graphql';
import { Publicity, Provenance } from '@keyfield/core';
import { Authority } from '../shared/subject.type';

/** 信用修复 — a credit repair: from its date the penalty it names may leave public view (policy.md). */
@ObjectType({ description: '信用修复 — credit repair of a penalty', simpleResolvers: true })
export class CreditRepair {
  @Field({ description: '行政处罚决定书文号 — the repaired penalty’s decision number' })
  decisionNumber!: string;

  @Field(() => Authority, { description: '处罚机关 — the authority that decided the penalty' })
  authority!: Authority;

  @Field({ description: '修复日期 — repair date (XFRQ)' })
  repairDate!: string;

  @Field(() => String, { nullable: true, description: '修复机关 — repairing authority (XFJG)' })
  repairingAuthority!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Publicity, { description: '公开状态 — in public view now, or why not (the public sees only records that are)' })
  publicity!: Publicity;
}
