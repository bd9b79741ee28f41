import { checkResidentId, checkUscc } from '@keyfield/core';
import type { SubjectKind } from './subject-kind';

/** The `uscc`, `uscc_valid` and `uscc_warning` columns, and a registration number found instead. */
export interface SubjectCode {
  uscc: string | null;
  valid: boolean | null;
  warning: string | null;
  /** A legacy 15-digit 工商注册号 sent in the credit-code field, for the `reg_number` column. */
  registrationNumber: string | null;
}

const NO_CODE: Readonly<SubjectCode> = { uscc: null, valid: null, warning: null, registrationNumber: null };

const NOT_FOR_PERSONS: Readonly<SubjectCode> = {
  uscc: null,
  valid: false,
  warning: '自然人无统一社会信用代码，未保存该值 — a natural person has no USCC; the value was not stored (it may be a personal id)',
  registrationNumber: null,
};

const PERSONAL_ID: Readonly<SubjectCode> = {
  uscc: null,
  valid: false,
  warning: '代码栏为公民身份号码，未保存 — the code field held a resident id number; it was not stored',
  registrationNumber: null,
};

/**
 * Reads the subject's credit-code field. A code that fails its checks is kept and flagged, never
 * a reason to drop the record (pilot-era codes are real). A legacy registration number leaves the
 * `uscc` column when the table has a `reg_number` column to take it.
 */
export function subjectCode(raw: string | null, kind: SubjectKind, hasRegNumberColumn: boolean): Readonly<SubjectCode> {
  if (raw === null) return NO_CODE;
  // Personal id numbers have the USCC's shape: never let one into a column that joins and shows.
  if (kind === 'NATURAL_PERSON') return NOT_FOR_PERSONS;
  const check = checkUscc(raw);
  // An individual business's operator sometimes appears by resident id in the code field; a valid
  // resident id is personal data, so it is neither stored as a code nor shown (some pass the USCC check).
  if (!check.valid && checkResidentId(raw).valid) return PERSONAL_ID;
  if (check.kind === 'registration-number' && hasRegNumberColumn) {
    return { uscc: null, valid: false, warning: check.warning, registrationNumber: check.code };
  }
  return { uscc: check.code, valid: check.valid, warning: check.warning, registrationNumber: null };
}
