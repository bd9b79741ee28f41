import { checkUscc } from '@keyfield/core';

/**
 * The region of an authority (机关): characters 3–8 of its USCC, the registering office's region
 * code. Taken whenever the characters are USCC characters, even if a check fails (a mistyped check
 * character does not move the authority); null for anything that is not USCC-shaped.
 */
export function authorityRegion(authorityCode: string): string | null {
  const check = checkUscc(authorityCode);
  return check.kind === 'uscc' && check.checks.charset ? check.regionCode : null;
}
