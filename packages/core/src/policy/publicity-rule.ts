import type { SqlWhere } from '../pagination/sql-where';
import type { NotPublicReason } from './not-public-reason';

/** One way a record leaves public view: a SQL condition over the row, and since when it holds. */
export interface HiddenWhen {
  reason: NotPublicReason;
  /** SQL boolean over the table alias; may read `today` (a date literal). */
  when: string;
  /** SQL text: the ISO date or date-time since which the condition holds. */
  since: string;
}

/**
 * A record type's visibility rule (policy.md), as SQL: the ordered conditions that take a row out
 * of public view on `today`. The first that holds is the reason analysts see. Evaluated by the
 * database in the list's own WHERE, so totals and pages count only what the caller may see.
 */
export type PublicityRule = (alias: string, today: string) => HiddenWhen[];

/** A Shanghai calendar date as a SQL literal; only `YYYY-MM-DD` from our own clock gets here. */
export function dateLiteral(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`not an ISO date: ${isoDate}`);
  return `DATE '${isoDate}'`;
}

/** Restricts `where` to rows in public view on `isoDate`. */
export function addPublicOnly(where: SqlWhere, rule: PublicityRule, alias: string, isoDate: string): SqlWhere {
  for (const hidden of rule(alias, dateLiteral(isoDate))) where.add(`(${hidden.when}) IS NOT TRUE`);
  return where;
}

/** `hiddenReason` and `hiddenSince` select columns: null for a row in public view. */
export function publicityColumns(rule: PublicityRule, alias: string, isoDate: string): string {
  const hidden = rule(alias, dateLiteral(isoDate));
  const reason = hidden.map((h) => `WHEN ${h.when} THEN '${h.reason}'`).join(' ');
  const since = hidden.map((h) => `WHEN ${h.when} THEN ${h.since}`).join(' ');
  return `CASE ${reason} END AS "hiddenReason", CASE ${since} END AS "hiddenSince"`;
}

/** SQL text of a date column or expression as `YYYY-MM-DD`. */
export const isoDateSql = (expr: string): string => `to_char(${expr}, 'YYYY-MM-DD')`;

/** SQL text of a timestamptz as Shanghai ISO 8601 with its offset. */
export const isoDateTimeSql = (expr: string): string => `to_char(${expr} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"')`;
