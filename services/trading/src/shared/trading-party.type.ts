import { Money } from '@keyfield/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.type';

/**
 * 交易主体 — a party of a trading record (tenderer, agency, purchaser, buyer, candidate, winner) as
 * published: its code is kept even when it is not a USCC, and flagged. A bid's lot, rank and price
 * are filled for candidates and winners.
 */
@ObjectType({ description: '交易主体 — a party as published (招标人, 代理机构, 采购人, 受让人, 中标候选人, 中标人)', simpleResolvers: true })
export class TradingParty {
  @Field({ description: '名称 — name as published' })
  name!: string;

  @Field(() => String, { nullable: true, description: '代码 — code as published (a USCC, an organisation code, …); null when none was sent' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: '代码类型 — code type as published (97 统一社会信用代码, 01 组织机构代码, …)' })
  codeType!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The code is a USCC passing both GB 32100 checks (null: no code)' })
  usccValid!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the code is not a valid USCC' })
  codeWarning!: string | null;

  @Field({ description: '自然人 — the party is a natural person (by an id number as its code): name masked (张*), id masked (first 6 and last 4 kept), no organisation' })
  naturalPerson!: boolean;

  @Field({ description: '按名称匹配 — true when the party was published without a code and is tied to `organization` by its normalised name only' })
  matchedByName!: boolean;

  @Field(() => Organization, { nullable: true, description: '市场主体 — the organisation: by its USCC (flagged by `usccValid` when the code fails the check), or by name where flagged `matchedByName`' })
  organization!: Organization | null;

  @Field(() => String, { nullable: true, description: '标段（包）编号 — the lot of this bid' })
  bidSectionCode!: string | null;

  @Field(() => Int, { nullable: true, description: '排名 — a candidate’s rank in its lot, from 1' })
  rank!: number | null;

  @Field(() => String, { nullable: true, description: '投标人角色 — 1 sole bidder or consortium lead, 2 consortium member' })
  role!: string | null;

  @Field(() => Money, { nullable: true, description: '投标/中标金额 — the bid or award amount' })
  amount!: Money | null;

  @Field(() => String, { nullable: true, description: '其他类型投标价 — a rate or discount bid (费率, 下浮率), as text' })
  otherBidPrice!: string | null;

  @Field(() => String, { nullable: true, description: '项目负责人 — the project lead, a person: masked for every caller (张*)' })
  projectLead!: string | null;
}
