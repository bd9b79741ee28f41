import { publicityOf, disclosureOf, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow, regionRef } from '@keyfield/core';
import { authorityOf, subjectOf } from '../shared/subject';
import { SUBJECT_COLUMNS, type SubjectRow } from '../shared/subject.type';
import type { Permit } from './permit.type';

export const PERMIT_COLUMNS = `x.id::text AS id, x.document_number AS "documentNumber", x.document_title AS "documentTitle",
  ${SUBJECT_COLUMNS('x')}, x.kind, x.certificate_name AS "certificateName", x.permit_number AS "permitNumber", x.content,
  x.decision_date AS "decisionDate", x.valid_from AS "validFrom", x.valid_to AS "validTo", x.valid_long_term AS "longTerm",
  x.status, x.authority_name AS "authorityName", x.authority_code AS "authorityCode", x.data_source_name AS "dataSourceName",
  x.data_source_code AS "dataSourceCode", x.remark, x.region_code AS "regionCode", ${PROVENANCE_COLUMNS('x')}`;

export interface PermitRow extends ProvenanceRow, SubjectRow {
  id: string;
  documentNumber: string;
  documentTitle: string | null;
  kind: string | null;
  certificateName: string | null;
  permitNumber: string | null;
  content: string | null;
  decisionDate: string;
  validFrom: string | null;
  validTo: string | null;
  longTerm: boolean;
  status: string | null;
  authorityName: string;
  authorityCode: string;
  dataSourceName: string | null;
  dataSourceCode: string | null;
  remark: string | null;
  regionCode: string | null;
}

export function toPermit(r: PermitRow): Permit {
  return {
    id: r.id, documentNumber: r.documentNumber, documentTitle: r.documentTitle, subject: subjectOf(r), kind: r.kind,
    certificateName: r.certificateName, permitNumber: r.permitNumber, content: r.content, decisionDate: r.decisionDate,
    validFrom: r.validFrom, validTo: r.validTo, longTerm: r.longTerm, status: r.status,
    authority: { name: r.authorityName, uscc: r.authorityCode },
    dataSource: authorityOf(r.dataSourceName, r.dataSourceCode),
    remark: r.remark, region: regionRef(r.regionCode), disclosure: disclosureOf(r.disclosure), provenance: provenanceOf(r), publicity: publicityOf(r),
  };
}
