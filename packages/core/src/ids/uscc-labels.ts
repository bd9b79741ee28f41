import { toHalfWidth } from '../text/to-half-width';
import { USCC_AUTHORITIES } from './uscc-label-table';

function prefix(code: string): string {
  return typeof code === 'string' ? toHalfWidth(code).trim().toUpperCase() : '';
}

/**
 * Registering authority (登记管理部门) named by a USCC's first character, e.g. `9…` → 市场监管.
 * Accepts a whole code or just its prefix; null when the character is not an assigned one.
 */
export function usccAuthorityLabel(code: string): string | null {
  return authorityLabelOfFolded(prefix(code));
}

/**
 * Organisation kind (机构类别) named by a USCC's first two characters, e.g. `91…` → 企业,
 * `11…` → 机关 (government departments). Null when either character is unassigned.
 */
export function usccKindLabel(code: string): string | null {
  return kindLabelOfFolded(prefix(code));
}

/** `usccAuthorityLabel` of a code already folded, trimmed and upper-cased, as `checkUscc` holds it. */
export function authorityLabelOfFolded(code: string): string | null {
  return USCC_AUTHORITIES[code.charAt(0)]?.authority ?? null;
}

/** `usccKindLabel` of a code already folded, trimmed and upper-cased, as `checkUscc` holds it. */
export function kindLabelOfFolded(code: string): string | null {
  return USCC_AUTHORITIES[code.charAt(0)]?.kinds[code.charAt(1)] ?? null;
}
