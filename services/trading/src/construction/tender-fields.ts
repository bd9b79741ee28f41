import { Field, ObjectType } from 'type-graphql';

// type-graphql mixins take any constructor; the fields are what the class adds.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractClass = abstract new (...args: any[]) => object;

/** The tender block of a construction record: the tender project code joins its life cycle. */
export function withTender<T extends AbstractClass>(Base: T) {
  @ObjectType()
  abstract class TenderRecord extends Base {
    @Field({ description: '招标项目编号 — tender project code (TENDER_PROJECT_CODE): joins notice ↔ change ↔ candidates ↔ result' })
    tenderProjectCode!: string;

    @Field(() => String, { nullable: true, description: '项目代码 — the approved project’s code (PROJECT_CODE)' })
    projectCode!: string | null;

    @Field(() => [String], { description: '标段（包）编号 — lot codes (BID_SECTION_CODES)' })
    bidSectionCodes!: string[];
  }
  return TenderRecord;
}

/** The tender columns (alias `a`). */
export const TENDER_COLUMNS = (a: string): string =>
  `${a}.tender_project_code AS "tenderProjectCode", ${a}.project_code AS "projectCode", ${a}.bid_section_codes AS "bidSectionCodes"`;

export interface TenderRow {
  tenderProjectCode: string;
  projectCode: string | null;
  bidSectionCodes: string[];
}

export const tenderOf = (r: TenderRow): TenderRow => ({ tenderProjectCode: r.tenderProjectCode, projectCode: r.projectCode, bidSectionCodes: r.bidSectionCodes });
