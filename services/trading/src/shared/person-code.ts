import { checkResidentId, checkUscc } from '@keyfield/core';

const PERSON_CODE_TYPE = /身份证|护照|通行证|居留/;

/**
 * A personal document number as a party's code: a code type naming a personal document (身份证,
 * 护照, 通行证, 居留证), or a resident id passing its GB 11643 checks that is not a valid USCC (a
 * USCC may be all digits too). Land buyers and, under the procurement law, suppliers may be
 * natural persons.
 */
export function isPersonCode(code: string | null, codeType: string | null): boolean {
  if (codeType !== null && PERSON_CODE_TYPE.test(codeType)) return true;
  if (code === null) return false;
  const uscc = checkUscc(code);
  return !(uscc.kind === 'uscc' && uscc.valid) && checkResidentId(code).valid;
}

/**
 * A looser test in SQL, over a code column: any resident-id shape. For search conditions that must
 * skip persons' names it errs towards privacy (an all-digit USCC's name is not searched either).
 */
export const PERSON_CODE_SQL = (column: string): string => `coalesce(${column} ~ '^([0-9]{17}[0-9Xx]|[0-9]{15})$', false)`;
