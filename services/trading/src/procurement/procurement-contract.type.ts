import { Money } from '@keyfield/core';
import { Field, ObjectType } from 'type-graphql';
import { ProcurementRecord } from './procurement-record.type';

/** 政府采购合同 — a procurement contract notice. */
@ObjectType({ description: '政府采购合同 — procurement contract (CONTRACT_PERFORMANCE)', simpleResolvers: true })
export class ProcurementContract extends ProcurementRecord {
  @Field({ description: '合同编号 — contract code' })
  contractCode!: string;

  @Field(() => String, { nullable: true, description: '合同名称 — contract name' })
  contractName!: string | null;

  @Field(() => Money, { nullable: true, description: '合同金额 — contract price (元)' })
  contractAmount!: Money | null;

  @Field(() => String, { nullable: true, description: '合同签订日期 — YYYY-MM-DD' })
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: '履行期限 — performance period, as published' })
  performancePeriod!: string | null;
}
