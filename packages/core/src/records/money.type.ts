import { Directive, Field, ObjectType } from 'type-graphql';

/** 金额 — an amount as published, its unit, and the same amount in 元 (decimal strings). */
@Directive('@shareable')
@ObjectType({ description: '金额 — money as published, with the amount normalised to 元', simpleResolvers: true })
export class Money {
  @Field({ description: '金额 — decimal string as published' })
  amount!: string;

  @Field({ description: '单位 — 元, 万元 or 亿元' })
  unit!: string;

  @Field({ description: '折合元 — the amount in 元, a decimal string' })
  yuan!: string;
}

/** Money from its three columns, or null when the upstream sent none. */
export function moneyOf(amount: string | null, unit: string | null, yuan: string | null): Money | null {
  return amount === null || unit === null || yuan === null ? null : { amount, unit, yuan };
}
