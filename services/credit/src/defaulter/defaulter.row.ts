import { isValidUscc, maskIdNumber, maskPersonName } from '@keyfield/core';
import { PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow } from '../shared/provenance.type';
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

// A resident id (masked upstream or not) is 18 characters of digits, `*` and a final X; an
// organisation's code is a USCC (some of which are all digits too) or a 9-character code.
const PERSON_ID = /^[\d*]{17}[\dXx*]$/;

const isPersonId = (code: string | null): boolean => code !== null && PERSON_ID.test(code) && !isValidUscc(code);

export function toDefaulter(r: DefaulterRow): JudgmentDefaulter {
  const naturalPerson = isPersonId(r.code);
  return {
    id: r.id, caseNumber: r.caseNumber, name: naturalPerson ? maskPersonName(r.name) : r.name, naturalPerson,
    code: r.code && naturalPerson ? maskIdNumber(r.code) : r.code, legalRepresentative: naturalPerson ? null : r.legalRep,
    court: r.court, province: r.province, basisNumber: r.basisNumber, basisIssuer: r.basisIssuer, filedOn: r.filedOn,
    obligation: r.obligation, performance: r.performance, behaviour: r.behaviour, publishedOn: r.publishedOn, provenance: provenanceOf(r),
  };
}
