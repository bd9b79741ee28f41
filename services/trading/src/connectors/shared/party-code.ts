import { checkUscc } from '@keyfield/core';

/** A party's identifier as stored: the code as published, and whether it is a valid USCC. */
export interface PartyCode {
  code: string | null;
  /** Null when there is no code; false for anything but a USCC that passes both checks. */
  usccValid: boolean | null;
  warning: string | null;
}

const NOT_USCC = (type: string | null): string =>
  `非统一社会信用代码${type === null ? '' : `（代码类型 ${type}）`} — not a USCC; kept as published`;

/**
 * The code of a bidder, winner, tenderer or buyer. Trading sites also publish organisation codes,
 * legacy registration numbers and foreign codes: every one is kept (trimmed, upper-cased like a
 * USCC) and flagged, never dropped. A USCC-shaped code is checked per GB 32100.
 */
export function readPartyCode(raw: string | null, codeType: string | null = null): PartyCode {
  if (raw === null) return { code: null, usccValid: null, warning: null };
  const check = checkUscc(raw);
  if (check.kind === 'uscc') return { code: check.code, usccValid: check.valid, warning: check.warning };
  return { code: check.code, usccValid: false, warning: NOT_USCC(codeType) };
}
