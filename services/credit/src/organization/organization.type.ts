import { Directive, Field, ObjectType } from 'type-graphql';
import { Publicity, Provenance, RegionRef } from '@keyfield/core';

/** 市场主体 — an organisation, keyed across every domain by its unified social credit code. */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: '市场主体 — an organisation, keyed by its unified social credit code (统一社会信用代码)', simpleResolvers: true })
export class Organization {
  @Field({ description: '统一社会信用代码 — USCC, 18 characters, kept as published' })
  uscc!: string;

  @Field({ description: 'The USCC passes both GB 32100 checks (pilot-era codes may not)' })
  usccValid!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the USCC is suspect' })
  usccWarning!: string | null;

  @Field(() => String, { nullable: true, description: '名称 — name as registered (null when only known by code)' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: '企业类型 — kind (QYLX)' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人 — legal representative' })
  legalRepresentative!: string | null;

  @Field(() => String, { nullable: true, description: '成立日期 — founded (YYYY-MM-DD)' })
  foundedOn!: string | null;

  @Field(() => String, { nullable: true, description: '登记机关 — registering office' })
  registeringOffice!: string | null;

  @Field(() => String, { nullable: true, description: '登记状态 — 存续, 在业, 吊销, 注销, 迁出' })
  status!: string | null;

  @Field(() => RegionRef, { nullable: true, description: '行政区划 — region of registration' })
  region!: RegionRef | null;

  @Field(() => Provenance, { nullable: true, description: 'Provenance of the register record (null when not in the register)' })
  provenance!: Provenance | null;

  @Field(() => Publicity, { nullable: true, description: '公开状态 — whether the register record is in public view (null when only the code is known)' })
  publicity!: Publicity | null;
}
