import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * 市场主体 — the credit subgraph's organisation, extended with what trading knows of it: bids won,
 * contracts, purchases. Its name comes from credit (`@external`) for matching winners published
 * without a code.
 */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: '市场主体 — an organisation, keyed by its unified social credit code (owned by the credit subgraph)' })
export class Organization {
  @Field({ description: '统一社会信用代码 — USCC' })
  uscc!: string;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: '名称 — name as registered (from the credit subgraph)' })
  name?: string | null;
}
