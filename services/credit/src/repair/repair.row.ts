import { publicityOf, PROVENANCE_COLUMNS, provenanceOf, type ProvenanceRow } from '@keyfield/core';
import type { CreditRepair } from './repair.type';

export const REPAIR_COLUMNS = `r.id::text AS id, r.decision_number AS "decisionNumber", r.authority_code AS "authorityCode",
  r.authority_name AS "authorityName", r.repair_date AS "repairDate", r.repairing_authority AS "repairingAuthority",
  r.decision_number || '|' || r.authority_code AS "penaltyKey", ${PROVENANCE_COLUMNS('r')}`;

export interface RepairRow extends ProvenanceRow {
  id: string;
  decisionNumber: string;
  authorityCode: string;
  authorityName: string | null;
  repairDate: string;
  repairingAuthority: string | null;
  penaltyKey: string;
}

export function toRepair(r: RepairRow): CreditRepair {
  return {
    decisionNumber: r.decisionNumber, authority: { name: r.authorityName ?? '', uscc: r.authorityCode },
    repairDate: r.repairDate, repairingAuthority: r.repairingAuthority, provenance: provenanceOf(r), publicity: publicityOf(r),
  };
}
