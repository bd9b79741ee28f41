/** Resident identity numbers (公民身份号码, GB 11643): region 6 + birth date 8 + sequence 3 + check. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECKS = '10X98765432';

/** The check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECKS.charAt(sum % 11);
}

/** A valid number; `birth` is `YYYYMMDD`, `sequence` 0–999 (odd for men, even for women). */
export function buildResidentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** True when 18 characters carry a correct check character. */
export function isValidResidentId(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && residentIdCheckChar(id.slice(0, 17)) === id.charAt(17);
}

/** The upstream court lists' mask: first 4 and last 4 kept (`3502**********1234`). */
export function maskResidentId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
