/**
 * A personal document number as a party's code: a resident id (18 characters, or 15 digits of the
 * first generation), or a code type naming a personal document (身份证, 护照, 通行证, 居留证). Land
 * buyers and, under the procurement law, suppliers may be natural persons.
 */
const PERSON_CODE = /^(\d{17}[\dXx]|\d{15})$/;
const PERSON_CODE_TYPE = /身份证|护照|通行证|居留/;

export function isPersonCode(code: string | null, codeType: string | null): boolean {
  return (code !== null && PERSON_CODE.test(code.trim())) || (codeType !== null && PERSON_CODE_TYPE.test(codeType));
}

/** The same test in SQL, over a code column: for search conditions that must skip persons' names. */
export const PERSON_CODE_SQL = (column: string): string => `coalesce(${column} ~ '^([0-9]{17}[0-9Xx]|[0-9]{15})$', false)`;
