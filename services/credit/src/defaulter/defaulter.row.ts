import { checkResidentId, isValidUscc, maskIdNumber, maskPersonName, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow } from '@keyfield/core';
import { publicityOf } from '@keyfield/core';
import type { JudgmentDefaulter } from './defaulter.type';

export const DEFAULTER_COLUMNS = `d.id::text AS id, d.case_number AS "caseNumber", d.name, d.id_or_org_code AS "code",
  d.legal_rep AS "legalRep", d.court, d.province, d.basis_number AS "basisNumber", d.basis_issuer AS "basisIssuer",
  d.filed_on AS "filedOn", d.obligation, d.performance, d.behaviour, d.published_on AS "publishedOn", ${PROVENANCE_COLUMNS('d')}`;

export interface DefaulterRow extends ProvenanceRow {
  id: string;
  caseNumber: string;
  name: string;
  code: string | null;
  legalRep: string | null;
  court: string | null;
  province: string | null;
  basisNumber: string | null;
  basisIssuer: string | null;
  filedOn: string | null;
  obligation: string | null;
  performance: string | null;
  behaviour: string | null;
  publishedOn: string | null;
}

// A resident id is 18 characters (digits, a final X) or, first generation, 15 digits; upstream
// masks them with `*`. An organisation's code is a USCC or a 9-character code (`12345678-9`).
// A valid resident id counts as a person's even when it happens to pass the USCC check too.
const PERSON_ID = /^([\d*]{17}[\dXx*]|[\d*]{15})$/;

function isPersonId(code: string | null): boolean {
  if (code === null || !PERSON_ID.test(code)) return false;
  return checkResidentId(code).valid || code.includes('*') || code.length === 15 || !isValidUscc(code);
}

/** The organisation code (组织机构代码) a USCC carries, characters 9–17: what this list keys organisations by. */
export function organizationCodeOf(uscc: string): string {
  return uscc.slice(8, 17);
}

/** SQL: a defaulter's code normalised to the 9-character organisation code (hyphen and USCC prefix dropped). */
export const DEFAULTER_ORG_CODE = `(CASE WHEN length(replace(d.id_or_org_code, '-', '')) = 18
  THEN substr(upper(d.id_or_org_code), 9, 9) ELSE upper(replace(d.id_or_org_code, '-', '')) END)`;

export function toDefaulter(r: DefaulterRow): JudgmentDefaulter {
  const naturalPerson = isPersonId(r.code);
  return {
    id: r.id, caseNumber: r.caseNumber, name: naturalPerson ? maskPersonName(r.name) : r.name, naturalPerson,
    code: r.code && naturalPerson ? maskIdNumber(r.code) : r.code, legalRepresentative: naturalPerson ? null : r.legalRep,
    court: r.court, province: r.province, basisNumber: r.basisNumber, basisIssuer: r.basisIssuer, filedOn: r.filedOn,
    obligation: r.obligation, performance: r.performance, behaviour: r.behaviour, publishedOn: r.publishedOn,
    // The natural key holds the name: a person's is masked there too.
    provenance: { ...provenanceOf(r), sourceKey: naturalPerson ? `${r.caseNumber}|${maskPersonName(r.name)}` : r.sourceKey },
    publicity: publicityOf(r),
  };
}
