import { maskIdNumber, PERSONAL_KEYS } from '@keyfield/core';

const PERSONAL = new Set(PERSONAL_KEYS);
const ID_NUMBER = /ZJHM$|IdNumber$/;

function maskValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  return ID_NUMBER.test(key) && typeof value === 'string' ? maskIdNumber(value) : '[redacted]';
}

/**
 * A quarantined wire record as operators may see it (policy.md 个人信息): personal document numbers
 * masked (`110101********1234`), addresses, phones and bank accounts redacted, at any depth. The
 * stored record keeps the raw values, which re-drive needs.
 */
export function maskRecord(record: unknown): unknown {
  if (Array.isArray(record)) return record.map(maskRecord);
  if (typeof record !== 'object' || record === null) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, PERSONAL.has(k) ? maskValue(k, v) : maskRecord(v)]));
}
