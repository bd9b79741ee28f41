import type { ApiError } from './query';

/** The list envelope: every value a string, numbers included. */
export function listEnvelope(total: number, pageNo: number, pageSize: number, rows: readonly unknown[]) {
  return { code: '0', msg: 'success', total: String(total), pageNo: String(pageNo), pageSize: String(pageSize), rows };
}

/** An error: HTTP 200, `code` other than "0", a Chinese message and no rows. */
export function errorEnvelope(error: ApiError) {
  return { code: error.code, msg: error.msg, rows: [] };
}

/** A row that breaks the schema: a number, a nested object, a null key field, no SJC format. */
export const SCHEMA_BREAKING_ROW = {
  CF_WSH: null,
  SJC: '0000-00-00 00:00:00',
  CF_NR_FK: 12.5,
  TYSHXYDM: 913502001234567,
  extra: { nested: ['unexpected'] },
} as const;
