import { parseTimestamp } from '../time/clock';

/** The parameters of a paged list request, validated. */
export interface ListQuery {
  /** `since` in seconds, inclusive; undefined for the whole feed. */
  readonly since: number | undefined;
  readonly pageNo: number;
  readonly pageSize: number;
}

/** An error the platform reports as HTTP 200 with `code` ≠ "0". */
export interface ApiError {
  readonly code: string;
  readonly msg: string;
}

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 100;

/** Reads `since`, `pageNo` and `pageSize`; the platform's own error codes for bad values. */
export function parseListQuery(params: URLSearchParams): ListQuery | ApiError {
  const sinceText = params.get('since');
  const since = sinceText === null || sinceText === '' ? undefined : parseTimestamp(sinceText);
  if (sinceText !== null && sinceText !== '' && since === undefined) {
    return { code: '1002', msg: 'since 参数格式错误，应为 yyyy-MM-dd HH:mm:ss' };
  }
  const pageNo = positive(params.get('pageNo'), 1);
  if (pageNo === undefined) return { code: '1003', msg: 'pageNo 参数错误，须为正整数' };
  const pageSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  if (pageSize === undefined) return { code: '1004', msg: 'pageSize 参数错误，须为正整数' };
  if (pageSize > MAX_PAGE_SIZE) return { code: '1001', msg: `pageSize 不能超过${MAX_PAGE_SIZE}` };
  return { since, pageNo, pageSize };
}

export function isApiError(value: ListQuery | ApiError): value is ApiError {
  return 'code' in value;
}

function positive(text: string | null, fallback: number): number | undefined {
  if (text === null || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}
