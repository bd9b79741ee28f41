import type { KeysetOrder } from '@keyfield/core';
import { registerEnumType } from 'type-graphql';

/** Orders of every trading list: by publication time, newest first unless asked otherwise. */
export enum TradingOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(TradingOrder, { name: 'TradingOrder', description: '排序 — by publication time, newest first by default' });

/**
 * The keyset of a list ordered by a publication time that may be missing (then the time the
 * upstream last changed the record stands in) and a unique tie-breaker.
 */
export function timeOrder(timeExpr: string, tieColumn: string): (order: TradingOrder | undefined) => KeysetOrder {
  return (order) => ({ columns: [timeExpr, tieColumn], direction: order === TradingOrder.OLDEST_FIRST ? 'ASC' : 'DESC' });
}

/** The order time as exact text (microseconds, UTC) for cursors, selected as "sortKey". */
export const SORT_KEY = (timeExpr: string): string => `to_char(${timeExpr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortKey"`;

/** `COALESCE(<a>.<column>, <a>.upstream_changed_at)`: the time a record is ordered by. */
export const publishedOrChanged = (a: string, column: string): string => `COALESCE(${a}.${column}, ${a}.upstream_changed_at)`;
