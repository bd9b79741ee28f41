import { dateLiteral, type PublicityRule, type RecordView } from '@keyfield/core';

/**
 * The SQL condition "this row is in public view" over `alias` for callers who see only that, or
 * `TRUE` for those who see beyond it: for joins and aggregates that have no SqlWhere of their own.
 */
export function visibleSql(rule: PublicityRule, alias: string, view: RecordView): string {
  if (view.beyondPublic) return 'TRUE';
  return rule(alias, dateLiteral(view.today)).map((h) => `(${h.when}) IS NOT TRUE`).join(' AND ');
}
