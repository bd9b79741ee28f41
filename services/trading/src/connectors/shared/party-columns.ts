import type { Row } from '@keyfield/sync';
import { readPartyCode } from './party-code';

/**
 * The columns of one named party (tenderer, agency, buyer, purchaser): `<p>_name`, `<p>_code_type`,
 * `<p>_code`, `<p>_uscc_valid`, `<p>_code_warning`. A code that is not a valid USCC is kept and flagged.
 */
export function partyColumns(prefix: string, name: string | null, codeType: string | null, code: string | null): Row {
  const party = readPartyCode(code, codeType);
  return {
    [`${prefix}_name`]: name,
    [`${prefix}_code_type`]: codeType,
    [`${prefix}_code`]: party.code,
    [`${prefix}_uscc_valid`]: party.usccValid,
    [`${prefix}_code_warning`]: party.warning,
  };
}
