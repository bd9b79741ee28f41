import { Field, ObjectType } from 'type-graphql';
import { SubjectKind } from './subject-kind';

/** 行政相对人 — the party a decision concerns, as the public may see it. */
@ObjectType({ description: '行政相对人 — the party concerned (natural persons masked)', simpleResolvers: true })
export class Subject {
  @Field({ description: '名称 — name; a natural person’s is masked (张*, 欧阳**)' })
  name!: string;

  @Field(() => SubjectKind)
  kind!: SubjectKind;

  @Field({ description: '类别 — the category label as published' })
  category!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — USCC as published (may fail its check)' })
  uscc!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'USCC passes both GB 32100 checks (null: no code)' })
  usccValid!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the USCC is suspect' })
  usccWarning!: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人 — legal representative of an organisation' })
  legalRepresentative!: string | null;

  @Field(() => String, { nullable: true, description: '工商注册号 — legacy business registration number' })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true, description: '证件号码（脱敏）— a natural person’s id, masked (110101********1234)' })
  idNumberMasked!: string | null;
}

/** 机关 — an authority or data source: name and its USCC. */
@ObjectType({ description: '机关 — an authority', simpleResolvers: true })
export class Authority {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — USCC' })
  uscc!: string | null;
}

/** The subject columns a read selects (alias `a`), shared by penalties and permits. */
export const SUBJECT_COLUMNS = (a: string): string => `${a}.subject_name AS "subjectName", ${a}.subject_category AS "subjectCategory",
  ${a}.subject_kind AS "subjectKind", ${a}.uscc, ${a}.uscc_valid AS "usccValid", ${a}.uscc_warning AS "usccWarning", ${a}.legal_rep AS "legalRep"`;

export interface SubjectRow {
  subjectName: string;
  subjectCategory: string;
  subjectKind: SubjectKind;
  uscc: string | null;
  usccValid: boolean | null;
  usccWarning: string | null;
  legalRep: string | null;
}
