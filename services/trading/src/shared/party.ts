import { checkUscc, maskIdNumber, maskPersonName, moneyOf } from '@keyfield/core';
import { isPersonCode } from './person-code';
import type { TradingParty } from './trading-party.type';

/** A party list entry as the connectors store it in `*_json` (see connectors/shared/party-entry.ts). */
interface PartyEntry {
  name?: string;
  code?: string | null;
  code_type?: string | null;
  uscc_valid?: boolean | null;
  code_warning?: string | null;
  bid_section_code?: string | null;
  rank?: number | null;
  role?: string | null;
  amount?: string | null;
  unit?: string | null;
  yuan?: string | null;
  other_bid_price?: string | null;
  project_lead?: string | null;
}

const NO_BID = { bidSectionCode: null, rank: null, role: null, amount: null, otherBidPrice: null, projectLead: null };

/**
 * A party from its code columns. The organisation is referenced by any USCC-shaped code, a flagged
 * one too (`usccValid: false`): the credit register keeps pilot-era codes that fail the check under
 * the same key, so the party still reaches its penalties. Organisation codes and other identifiers
 * reference nothing.
 */
export function partyOf(name: string | null, codeType: string | null, code: string | null, usccValid: boolean | null, codeWarning: string | null): TradingParty | null {
  if (name === null && code === null) return null;
  if (isPersonCode(code, codeType)) {
    // A natural person (policy.md 个人信息): masked name, masked id, nothing to link to.
    return { name: maskPersonName(name ?? ''), code: maskIdNumber(code ?? ''), codeType, usccValid: false, codeWarning: null, naturalPerson: true, matchedByName: false, organization: null, ...NO_BID };
  }
  return {
    name: name ?? '', code, codeType, usccValid, codeWarning, naturalPerson: false, matchedByName: false,
    organization: code !== null && checkUscc(code).kind === 'uscc' ? { uscc: code } : null, ...NO_BID,
  };
}

/** The parties of a `*_json` column, in the order published; project leads masked (policy.md 个人信息). */
export function partiesOf(json: string): TradingParty[] {
  return (JSON.parse(json) as PartyEntry[]).map((e) => ({
    ...(partyOf(e.name ?? '', e.code_type ?? null, e.code ?? null, e.uscc_valid ?? null, e.code_warning ?? null) as TradingParty),
    bidSectionCode: e.bid_section_code ?? null,
    rank: e.rank ?? null,
    role: e.role ?? null,
    amount: moneyOf(e.amount ?? null, e.unit ?? null, e.yuan ?? null),
    otherBidPrice: e.other_bid_price ?? null,
    projectLead: e.project_lead ? maskPersonName(e.project_lead) : null,
  }));
}

/** `<a>.<p>_name`, `_code_type`, `_code`, `_uscc_valid`, `_code_warning` as `<p>Name`, …. */
export const PARTY_COLUMNS = (a: string, p: string): string =>
  `${a}.${p}_name AS "${p}Name", ${a}.${p}_code_type AS "${p}CodeType", ${a}.${p}_code AS "${p}Code", ${a}.${p}_uscc_valid AS "${p}UsccValid", ${a}.${p}_code_warning AS "${p}CodeWarning"`;

/** The party a row selected with PARTY_COLUMNS(a, p) holds. */
export function partyColumnsOf(row: object, p: string): TradingParty | null {
  const r = row as Record<string, string | boolean | null>;
  const text = (k: string): string | null => (r[`${p}${k}`] as string | null | undefined) ?? null;
  return partyOf(text('Name'), text('CodeType'), text('Code'), (r[`${p}UsccValid`] as boolean | null | undefined) ?? null, text('CodeWarning'));
}
