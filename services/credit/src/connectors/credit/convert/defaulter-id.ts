import { checkResidentId, checkUscc, maskIdNumber } from '@keyfield/core';

/**
 * The defaulter's ZJHM as stored: as sent, which for persons is already masked upstream
 * (`110101********1234`). Should a full resident id arrive unmasked it is masked here, since
 * this column is shown as published and the raw number must never reach it (policy.md 个人信息).
 * An 18-digit USCC that passes its checks is an organisation's code and stays as sent.
 */
export function defaulterIdOrCode(raw: string | null): string | null {
  if (raw === null) return null;
  const unmaskedId = checkResidentId(raw).checks.format && !checkUscc(raw).valid;
  return unmaskedId ? maskIdNumber(raw) : raw;
}
