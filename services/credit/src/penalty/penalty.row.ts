import { publicityOf, disclosureOf, moneyOf, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow, regionRef } from '@keyfield/core';
import { authorityOf, subjectOf } from '../shared/subject';
import { SUBJECT_COLUMNS, type SubjectRow } from '../shared/subject.type';
import type { Penalty } from './penalty.type';

/** The columns a penalty read selects. Raw id numbers are selected only to be masked here. */
export const PENALTY_COLUMNS = `p.id::text AS id, p.decision_number AS "decisionNumber", ${SUBJECT_COLUMNS('p')}, p.reg_number AS "regNumber", p.person_id_number AS "personIdNumber",
  p.violation_type AS "violationType", p.facts, p.legal_basis AS "legalBasis", p.kinds, p.content,
  p.fine_amount AS "fineAmount", p.fine_unit AS "fineUnit", p.fine_yuan AS "fineYuan",
  p.confiscated_amount AS "confiscatedAmount", p.confiscated_unit AS "confiscatedUnit", p.confiscated_yuan AS "confiscatedYuan",
  p.licence_affected AS "licenceAffected", p.decision_date AS "decisionDate", p.valid_until AS "validUntil",
  p.publicity_end AS "publicityEndDate", p.authority_name AS "authorityName", p.authority_code AS "authorityCode",
  p.data_source_name AS "dataSourceName", p.data_source_code AS "dataSourceCode", p.remark, p.region_code AS "regionCode",
  ${PROVENANCE_COLUMNS('p')}`;

export interface PenaltyRow extends ProvenanceRow, SubjectRow {
  id: string;
  decisionNumber: string;
  regNumber: string | null;
  personIdNumber: string | null;
  violationType: string | null;
  facts: string | null;
  legalBasis: string | null;
  kinds: string[];
  content: string | null;
  fineAmount: string | null;
  fineUnit: string | null;
  fineYuan: string | null;
  confiscatedAmount: string | null;
  confiscatedUnit: string | null;
  confiscatedYuan: string | null;
  licenceAffected: string | null;
  decisionDate: string;
  validUntil: string | null;
  publicityEndDate: string | null;
  authorityName: string;
  authorityCode: string;
  dataSourceName: string | null;
  dataSourceCode: string | null;
  remark: string | null;
  regionCode: string | null;
}

/** A stored row as the API shows it: natural persons masked, id numbers never in full. */
export function toPenalty(r: PenaltyRow): Penalty {
  return {
    id: r.id,
    decisionNumber: r.decisionNumber,
    subject: subjectOf(r, r),
    violationType: r.violationType,
    facts: r.facts,
    legalBasis: r.legalBasis,
    kinds: r.kinds,
    content: r.content,
    fine: moneyOf(r.fineAmount, r.fineUnit, r.fineYuan),
    confiscated: moneyOf(r.confiscatedAmount, r.confiscatedUnit, r.confiscatedYuan),
    licenceAffected: r.licenceAffected,
    decisionDate: r.decisionDate,
    validUntil: r.validUntil,
    publicityEndDate: r.publicityEndDate,
    authority: { name: r.authorityName, uscc: r.authorityCode },
    dataSource: authorityOf(r.dataSourceName, r.dataSourceCode),
    remark: r.remark,
    region: regionRef(r.regionCode),
    disclosure: disclosureOf(r.disclosure),
    provenance: provenanceOf(r), publicity: publicityOf(r),
  };
}
