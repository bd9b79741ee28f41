import type { Row } from '@keyfield/sync';
import { checkResidentId, checkUscc } from '@keyfield/core';
import type { SubjectKind } from './subject-kind';

/** The `uscc`, `uscc_valid` and `uscc_warning` columns, and a registration number found instead. */
export interface SubjectCode {
  columns: Row;
  /** A legacy 15-digit 工商注册号 sent in the credit-code field, for the `reg_number` column. */
  registrationNumber: string | null;
}

const NOT_FOR_PERSONS =
  '自然人无统一社会信用代码，未保存该值 — a natural person has no USCC; the value was not stored (it may be a personal id)';

const PERSONAL_ID = '代码栏为公民身份号码，未保存 — the code field held a resident id number; it was not stored';

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
  // An individual business's operator sometimes appears by resident id in the code field; a valid
  // resident id is personal data, so it is neither stored as a code nor shown (some pass the USCC check).
  if (!check.valid && checkResidentId(raw).valid) {
    return { columns: { uscc: null, uscc_valid: false, uscc_warning: PERSONAL_ID }, registrationNumber: null };
  }
  if (check.kind === 'registration-number' && hasRegNumberColumn) {
    return { columns: { uscc: null, uscc_valid: false, uscc_warning: check.warning }, registrationNumber: check.code };
  }
  return { columns: { uscc: check.code, uscc_valid: check.valid, uscc_warning: check.warning }, registrationNumber: null };
}
