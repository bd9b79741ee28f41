import { toHalfWidth } from '../text/to-half-width';
import { USCC_ALPHABET, usccCharValue } from './uscc-alphabet';

/** GB 32100-2015 weights: 3^i mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const MODULUS = 31;

/**
 * Check character (校验码, 18th character) of a unified social credit code from its first 17
 * characters: alphabet[(31 − Σ value·weight mod 31) mod 31].
 *
 * Returns null when the input is not 17 characters of the USCC alphabet (after full-width
 * folding and upper-casing), so a caller can never mistake garbage for a computed check.
 */
export function computeUsccCheckChar(first17: string): string | null {
  if (typeof first17 !== 'string') return null;
  return usccCheckCharOfFolded(toHalfWidth(first17).toUpperCase());
}

/** `computeUsccCheckChar` of characters already folded and upper-cased, as `checkUscc` holds them. */
export function usccCheckCharOfFolded(body: string): string | null {
  if (body.length !== WEIGHTS.length) return null;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    const value = usccCharValue(body.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((MODULUS - (sum % MODULUS)) % MODULUS);
}
