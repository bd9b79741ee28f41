/**
 * The 31 characters a unified social credit code (统一社会信用代码) may use: digits and upper-case
 * letters without I, O, S, V, Z, which GB 32100-2015 drops as easily confused with 1, 0, 5, U, 2.
 * A character's index in this string is its value in the check-character sum.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Alphabet index by character code, for the ASCII range (the alphabet is ASCII). */
const VALUES: readonly number[] = Array.from({ length: 128 }, (_, code) => USCC_ALPHABET.indexOf(String.fromCharCode(code)));

/** Value of one USCC character, or -1 when the character is not in the alphabet. */
export function usccCharValue(ch: string): number {
  return ch.length === 1 ? (VALUES[ch.charCodeAt(0)] ?? -1) : -1;
}
