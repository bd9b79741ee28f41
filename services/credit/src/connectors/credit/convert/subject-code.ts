import type { Row } from '@keyfield/sync';
import { checkUscc } from '@keyfield/core';
import type { SubjectKind } from './subject-kind';

/** The `uscc`, `uscc_valid` and `uscc_warning` columns, and a registration number found instead. */
export interface SubjectCode {
  columns: Row;
  /** A legacy 15-digit 工商注册号 sent in the credit-code field, for the `reg_number` column. */
  registrationNumber: string | null;
}

const NOT_FOR_PERSONS =
  '自然人无统一社会信用代码，未保存该值 — a natural person has no USCC; the value was not stored (it may be a personal id)';

/**
 * Reads the subject's credit-code field. A code that fails its checks is kept and flagged, never
 * a reason to drop the record (pilot-era codes are real). A legacy registration number leaves the
 * `uscc` column when the table has a `reg_number` column to take it.
 */
export function subjectCode(raw: string | null, kind: SubjectKind, hasRegNumberColumn: boolean): SubjectCode {
  if (raw === null) return { columns: { uscc: null, uscc_valid: null, uscc_warning: null }, registrationNumber: null };
  // Personal id numbers have the USCC's shape: never let one into a column that joins and shows.
  if (kind === 'NATURAL_PERSON') {
    return { columns: { uscc: null, uscc_valid: false, uscc_warning: NOT_FOR_PERSONS }, registrationNumber: null };
  }
  const check = checkUscc(raw);
  if (check.kind === 'registration-number' && hasRegNumberColumn) {
    return { columns: { uscc: null, uscc_valid: false, uscc_warning: check.warning }, registrationNumber: check.code };
  }
  return { columns: { uscc: check.code, uscc_valid: check.valid, uscc_warning: check.warning }, registrationNumber: null };
}
