import { normaliseName } from '@keyfield/core';
import type { Row } from '@keyfield/sync';
import type { Money } from './money-columns';
import { readPartyCode } from './party-code';

/** A party inside a candidates or winners list: name, code as published, and its USCC flag. */
export function partyEntry(name: string, codeType: string | null, code: string | null): Row {
  const party = readPartyCode(code, codeType);
  return { name, code_type: codeType, code: party.code, uscc_valid: party.usccValid, code_warning: party.warning };
}

/** An amount inside a list entry: as published, its unit, and in 元. */
export function moneyEntry(money: Money | null): Row {
  return { amount: money?.amount ?? null, unit: money?.unit ?? null, yuan: money?.yuan ?? null };
}

/** The codes of a list's parties, for the `*_codes` array columns (joins and indexes). */
export function entryCodes(entries: readonly Row[]): string[] {
  return entries.flatMap((e) => (typeof e['code'] === 'string' ? [e['code']] : []));
}

/**
 * The matching keys (normalised names) of a list's parties published without a code, for the
 * `*_uncoded_names` columns: such a party is matched to an organisation by name, and only then.
 */
export function uncodedNames(entries: readonly Row[]): string[] {
  return entries.flatMap((e) => (typeof e['code'] !== 'string' && typeof e['name'] === 'string' ? [normaliseName(e['name'])] : []));
}

/**
 * A candidates or winners list for its `text` column, as JSON (queries read it as `jsonb`): the sync writer's rows hold scalars and string arrays, and the order as published matters.
 */
export function partiesJson(entries: readonly Row[]): string {
  return JSON.stringify(entries);
}
