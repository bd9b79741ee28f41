/**
 * Legacy 15-digit business registration numbers (工商注册号): 6-digit region code, 8-digit serial and
 * an ISO 7064 MOD 11,10 check digit. Older records carry these in the USCC field.
 */
export function buildRegistrationNumber(region: string, serial: number): string {
  const first14 = `${region}${String(serial % 100_000_000).padStart(8, '0')}`;
  return first14 + mod1110CheckDigit(first14);
}

/** True when a 15-digit number's MOD 11,10 check digit holds. */
export function isValidRegistrationNumber(code: string): boolean {
  return /^\d{15}$/.test(code) && mod1110CheckDigit(code.slice(0, 14)) === code.charAt(14);
}

function mod1110CheckDigit(digits: string): string {
  let p = 10;
  for (const ch of digits) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}
