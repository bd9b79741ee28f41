import { Field, ID, ObjectType } from 'type-graphql';
import { Publicity, Provenance } from '@keyfield/core';

/** 失信被执行人 — a court judgment defaulter (domains.md §4.3). */
@ObjectType({ description: '失信被执行人 — court judgment defaulter', simpleResolvers: true })
export class JudgmentDefaulter {
  @Field(() => ID)
  id!: string;

  @Field({ description: '案号 — case number (AH)' })
  caseNumber!: string;

  @Field({ description: '被执行人名称 — name; a natural person’s is masked' })
  name!: string;

  @Field({ description: 'Whether the defaulter is a natural person (judged by the id sent)' })
  naturalPerson!: boolean;

  @Field(() => String, { nullable: true, description: '身份证号码/组织机构代码 — a person’s id masked, or an organisation’s code' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人或负责人 — legal representative (FDDBR)' })
  legalRepresentative!: string | null;

  @Field(() => String, { nullable: true, description: '执行法院 — enforcing court (ZXFY)' })
  court!: string | null;

  @Field(() => String, { nullable: true, description: '省份 — province (SF)' })
  province!: string | null;

  @Field(() => String, { nullable: true, description: '执行依据文号 — basis document number (ZXYJWH)' })
  basisNumber!: string | null;

  @Field(() => String, { nullable: true, description: '做出执行依据单位 — basis issuer (ZCZXYJDW)' })
  basisIssuer!: string | null;

  @Field(() => String, { nullable: true, description: '立案时间 — filing date (LARQ)' })
  filedOn!: string | null;

  @Field(() => String, { nullable: true, description: '生效法律文书确定的义务 — obligation (YW)' })
  obligation!: string | null;

  @Field(() => String, { nullable: true, description: '履行情况 — 已履行 / 未履行 / 部分履行 (LXQK)' })
  performance!: string | null;

  @Field(() => String, { nullable: true, description: '失信被执行人行为具体情形 — behaviour (SXJTQX)' })
  behaviour!: string | null;

  @Field(() => String, { nullable: true, description: '发布时间 — publication date (FBSJ)' })
  publishedOn!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Publicity, { description: '公开状态 — in public view now, or why not (the public sees only records that are)' })
  publicity!: Publicity;
}
