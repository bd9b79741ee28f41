/** GB 11714-1997 weights for the 8-character body of an organisation code (组织机构代码). */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const MODULUS = 11;

/** Digits keep their value; letters count A=10 … Z=35 (the standard's full Latin range). */
function charValue(ch: string): number {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30; // 0-9
  if (code >= 0x41 && code <= 0x5a) return code - 55; // A-Z
  return -1;
}

/**
 * Check character of a 9-character organisation code (组织机构代码 / 主体标识码) from its first 8:
 * r = 11 − Σ value·weight mod 11, written `X` for 10 and `0` for 11. Null on a malformed body.
 */
export function computeGb11714CheckChar(first8: string): string | null {
  if (typeof first8 !== 'string' || first8.length !== WEIGHTS.length) return null;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    const value = charValue(first8.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const r = MODULUS - (sum % MODULUS);
  if (r === 10) return 'X';
  if (r === 11) return '0';
  return String(r);
}

/**
 * Whether a 9-character organisation code carries a correct GB 11714 check character. In a
 * USCC these are characters 9–17, so the test runs independently of the USCC's own check.
 */
export function isValidOrganizationCode(code: string): boolean {
  if (typeof code !== 'string' || code.length !== WEIGHTS.length + 1) return false;
  return computeGb11714CheckChar(code.slice(0, WEIGHTS.length)) === code.charAt(WEIGHTS.length);
}
