import { USCC_ALPHABET } from './uscc';

/**
 * Organisation code bodies (the 8 characters before the GB 11714 check) that are unique by
 * construction: each is an affine bijection of a serial number, so a million organisations never
 * collide and no set of used codes has to be kept.
 */

const NUMERIC_SPACE = 100_000_000;
const LETTER_SPACE = 31 ** 6;

/** Pre-2015 style: 8 digits (e.g. `71526726`). Unique for serials below 10^8. */
export function numericOrgBody(serial: number): string {
  const value = (serial * 48_271 + 71_526_726) % NUMERIC_SPACE;
  return String(value).padStart(8, '0');
}

/** Post-2015 style: `MA` + 6 characters of the USCC alphabet (e.g. `MA2YQ8LC`). Unique below 31^6. */
export function lettersOrgBody(serial: number, prefix: 'MA' | 'M0' = 'MA'): string {
  let value = (serial * 7_919 + 12_345) % LETTER_SPACE;
  let tail = '';
  for (let i = 0; i < 6; i += 1) {
    tail = USCC_ALPHABET.charAt(value % 31) + tail;
    value = Math.floor(value / 31);
  }
  return prefix + tail;
}
