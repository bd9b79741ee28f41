import { formatYmd, isValidCalendarDate } from '../dates/calendar';
import { shanghaiDateOf } from '../dates/shanghai';
import { toHalfWidth } from '../text/to-half-width';

/** Outcome of checking a resident identity number (公民身份号码, GB 11643-1999). */
export interface ResidentIdCheck {
  /** Normalised number: half-width, no whitespace, `x` upper-cased. Personal data: never log it. */
  id: string;
  /** 18 characters, correct check character and a plausible birth date. */
  valid: boolean;
  checks: {
    /** 17 digits and a digit or `X`. */
    format: boolean;
    /** The 18th character matches the MOD 11-2 check. */
    checkChar: boolean;
    /** Characters 7–14 are a real date between 1900-01-01 and the reference day. */
    birthDate: boolean;
  };
  /** `YYYY-MM-DD` when plausible (also for a 15-digit first-generation number); lets a caller spot minors. */
  birthDate: string | null;
  /** Why the number is not valid, bilingual; null when it is. */
  reason: string | null;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

function computeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function shanghaiToday(asOf: Date): string {
  return shanghaiDateOf(Number.isNaN(asOf.getTime()) ? new Date() : asOf);
}

function plausibleBirthDate(yyyymmdd: string, asOf: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < EARLIEST_BIRTH_YEAR || !isValidCalendarDate(y, m, d)) return null;
  const date = formatYmd(y, m, d);
  return date <= shanghaiToday(asOf) ? date : null;
}

function failure(id: string, reason: string, birthDate: string | null = null): ResidentIdCheck {
  const checks = { format: false, checkChar: false, birthDate: birthDate !== null };
  return { id, valid: false, checks, birthDate, reason };
}

/**
 * Checks a resident identity number (公民身份号码). Total: never throws. `asOf` is the day a
 * birth date may not exceed (defaults to now, Asia/Shanghai); pass it for reproducible results.
 * The number is personal data (个人信息): mask it with `maskIdNumber` before it leaves the subgraph.
 */
export function checkResidentId(raw: string, asOf: Date = new Date()): ResidentIdCheck {
  const id = typeof raw === 'string' ? toHalfWidth(raw).replace(/\s+/gu, '').toUpperCase() : '';
  if (id === '') return failure(id, '空值 — empty number');
  if (/^\d{15}$/.test(id)) {
    const birth = plausibleBirthDate(`19${id.slice(6, 12)}`, asOf);
    return failure(id, '15 位一代身份证号 — first-generation number, no check character', birth);
  }
  if (!/^\d{17}[\dX]$/.test(id)) return failure(id, '格式不符 — expected 17 digits and a digit or X');
  const checkChar = computeCheckChar(id.slice(0, 17)) === id.charAt(17);
  const birthDate = plausibleBirthDate(id.slice(6, 14), asOf);
  const checks = { format: true, checkChar, birthDate: birthDate !== null };
  let reason: string | null = null;
  if (!checkChar) reason = '校验位不符 — check character mismatch';
  else if (birthDate === null) reason = '出生日期不合理 — birth date is not a real past date';
  return { id, valid: reason === null, checks, birthDate, reason };
}
