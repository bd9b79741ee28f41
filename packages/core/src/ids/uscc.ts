import { toHalfWidth } from '../text/to-half-width';
import { isValidOrganizationCode } from './gb11714';
import { usccCharValue } from './uscc-alphabet';
import { usccCheckCharOfFolded } from './uscc-check-char';
import { authorityLabelOfFolded, kindLabelOfFolded } from './uscc-labels';

/** What a value in a "credit code" field turned out to be. */
export type UsccKind = 'uscc' | 'registration-number' | 'invalid';

/** Outcome of checking a unified social credit code (统一社会信用代码, GB 32100-2015). */
export interface UsccCheck {
  /** The code after trimming, full-width folding and upper-casing; store and join on this. */
  code: string;
  /** `uscc`: 18 characters of the USCC alphabet, whether or not the checks pass. */
  kind: UsccKind;
  /** Both check characters hold. A false value is a flag, never a reason to drop the record. */
  valid: boolean;
  checks: {
    /** Every character is in the USCC alphabet (no I, O, S, V, Z, no symbols). */
    charset: boolean;
    /** The 18th character matches the GB 32100 check. */
    gb32100: boolean;
    /** Characters 9–17 (主体标识码) carry a correct GB 11714 check. */
    gb11714: boolean;
  };
  /** Bilingual note for analysts when the value is not a clean USCC; null when it is. */
  warning: string | null;
  /** 登记管理部门 from character 1, e.g. 市场监管. */
  registeringAuthority: string | null;
  /** 机构类别 from characters 1–2, e.g. 企业. */
  organizationKind: string | null;
  /**
   * 登记管理机关行政区划码: characters 3–8 of a USCC, or the first 6 digits of a 15-digit
   * registration number; the region *at registration time*, possibly abolished since.
   */
  regionCode: string | null;
}

const USCC_LENGTH = 18;
const REGISTRATION_NUMBER = /^\d{15}$/;

function inAlphabet(code: string): boolean {
  // Character by UTF-16 unit: the alphabet is ASCII, so half of a surrogate pair is outside it too.
  for (let i = 0; i < code.length; i += 1) if (usccCharValue(code.charAt(i)) < 0) return false;
  return true;
}

function normalise(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // Most codes arrive clean, and a clean code is already normal.
  if (inAlphabet(raw)) return raw;
  // Zero-width characters ride along from HTML sources and are invisible to whoever checks.
  return toHalfWidth(raw).replace(/[\u200b-\u200d\u2060]/gu, '').trim().toUpperCase();
}

function checkWarning(gb32100: boolean, gb11714: boolean): string | null {
  if (!gb32100 && !gb11714) return '校验位与组织机构代码校验位均不符 — both check characters mismatch (mistyped code?)';
  if (!gb32100) return '校验位不符 — check character mismatch (pilot-era code?)';
  if (!gb11714) return '主体标识码校验位不符 — organisation code (characters 9–17) fails its GB 11714 check';
  return null;
}

function shapeWarning(code: string, charset: boolean): string {
  if (code === '') return '空值 — empty code';
  if (!charset) return '含非法字符 — characters outside the USCC alphabet (I, O, S, V, Z or symbols)';
  return `长度为 ${[...code].length} 位 — expected 18 characters`;
}

function checkShapedUscc(code: string): UsccCheck {
  const gb32100 = usccCheckCharOfFolded(code.slice(0, 17)) === code.charAt(17);
  const gb11714 = isValidOrganizationCode(code.slice(8, 17));
  const registeringAuthority = authorityLabelOfFolded(code);
  const organizationKind = kindLabelOfFolded(code);
  const unassigned = registeringAuthority === null || organizationKind === null;
  const region = code.slice(2, 8);
  return {
    code,
    kind: 'uscc',
    valid: gb32100 && gb11714,
    checks: { charset: true, gb32100, gb11714 },
    warning:
      checkWarning(gb32100, gb11714) ??
      (unassigned ? '登记管理部门或机构类别代码未分配 — unassigned registering authority or organisation kind' : null),
    registeringAuthority,
    organizationKind,
    regionCode: /^\d{6}$/.test(region) ? region : null,
  };
}

/**
 * Checks a value from a credit-code field. Total: never throws, whatever the input.
 *
 * A 15-digit legacy business registration number (工商注册号) is recognised as such and reported
 * invalid with a warning, because upstreams put both in the same field. Pilot-era codes that
 * fail the check are real: keep them, with `valid: false` and the warning.
 */
export function checkUscc(raw: string): UsccCheck {
  const code = normalise(raw);
  const charset = code !== '' && inAlphabet(code);
  if (charset && code.length === USCC_LENGTH) return checkShapedUscc(code);
  const none = { valid: false, registeringAuthority: null, organizationKind: null } as const;
  if (REGISTRATION_NUMBER.test(code)) {
    return {
      ...none,
      code,
      kind: 'registration-number',
      checks: { charset, gb32100: false, gb11714: false },
      warning: '15 位工商注册号 — legacy business registration number, not a USCC',
      regionCode: code.slice(0, 6),
    };
  }
  return {
    ...none,
    code,
    kind: 'invalid',
    checks: { charset, gb32100: false, gb11714: false },
    warning: shapeWarning(code, charset),
    regionCode: null,
  };
}

/** True only for a USCC whose both check characters hold (after normalisation). */
export function isValidUscc(code: string): boolean {
  return checkUscc(code).valid;
}
