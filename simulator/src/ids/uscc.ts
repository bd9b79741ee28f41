/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015), written from the standard rather than
 * shared with the service's validator: the simulator is the other side of the wire.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The 18th character for the first 17; undefined when a character is outside the alphabet. */
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    const weight = USCC_WEIGHTS[i];
    if (value < 0 || weight === undefined) return undefined;
    sum += value * weight;
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** The GB 11714 check character (9th) of an organisation code body of 8 characters. */
export function orgCodeCheckChar(body8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const value = gb11714Value(body8.charAt(i));
    const weight = ORG_WEIGHTS[i];
    if (value === undefined || weight === undefined) return undefined;
    sum += value * weight;
  }
  const r = 11 - (sum % 11);
  if (r === 10) return 'X';
  if (r === 11) return '0';
  return String(r);
}

/** True when both the GB 11714 check (characters 9–17) and the GB 32100 check (18th) hold. */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false;
  if (orgCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)) return false;
  return usccCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/**
 * A valid code from its parts: registering authority + kind (e.g. "91", "11"), the 6-digit region
 * code of the registering office and an 8-character organisation code body.
 */
export function buildUscc(authorityKind: string, region: string, body8: string): string {
  const orgCheck = orgCodeCheckChar(body8);
  if (orgCheck === undefined) throw new RangeError(`bad organisation code body ${body8}`);
  const first17 = `${authorityKind}${region}${body8}${orgCheck}`;
  const check = usccCheckChar(first17);
  if (check === undefined) throw new RangeError(`bad USCC prefix ${first17}`);
  return first17 + check;
}

/**
 * An early pilot code (试点代码) such as `91350100M0001TGQXM`: real, but its check character is wrong.
 * `body8` should start with "M" like the pilot series; the last character is chosen to fail.
 */
export function buildPilotUscc(authorityKind: string, region: string, body8: string, ninth: string): string {
  const first17 = `${authorityKind}${region}${body8}${ninth}`;
  const right = usccCheckChar(first17) ?? '0';
  const wrong = USCC_ALPHABET.charAt((USCC_ALPHABET.indexOf(right) + 7) % USCC_ALPHABET.length);
  return first17 + wrong;
}

/** GB 11714 character values: digits as themselves, letters A=10 … Z=35. */
function gb11714Value(char: string): number | undefined {
  if (/^[0-9]$/.test(char)) return Number(char);
  if (/^[A-Z]$/.test(char)) return char.charCodeAt(0) - 55;
  return undefined;
}
