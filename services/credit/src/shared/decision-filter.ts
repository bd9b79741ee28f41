import { checkDateRange, likePattern, regionPrefix, SqlWhere, type DateRange } from '@keyfield/core';
import type { SubjectKind } from './subject-kind';

/** The filters penalties and permits (双公示 decisions) share. */
export interface DecisionFilter {
  regionCode?: string;
  authorityCode?: string;
  decisionDate?: DateRange;
  subjectKind?: SubjectKind;
  uscc?: string;
  text?: string;
}

/**
 * WHERE for a decision list over alias `a` (visibility is the list reader's); `textColumns` are searched
 * with ILIKE for `text`.
 */
export function decisionWhere(a: string, filter: DecisionFilter | undefined, textColumns: string[], argument = 'filter'): SqlWhere {
  const where = new SqlWhere();
  if (!filter) return where;
  const range = checkDateRange(filter.decisionDate, `${argument}.decisionDate`);
  where.addIf(filter.regionCode, `${a}.region_code LIKE ?`, (c) => `${regionPrefix(c, `${argument}.regionCode`)}%`);
  where.addIf(filter.authorityCode, `${a}.authority_code = ?`);
  where.addIf(range?.from, `${a}.decision_date >= ?::date`);
  where.addIf(range?.to, `${a}.decision_date <= ?::date`);
  where.addIf(filter.subjectKind, `${a}.subject_kind = ?`);
  where.addIf(filter.uscc, `${a}.uscc = ?`);
  if (filter.text) {
    const pattern = likePattern(filter.text);
    // A natural person's name is shown masked: matching it in full would let anyone confirm a guess.
    const match = (c: string): string => (c === 'subject_name'
      ? `(${a}.subject_kind <> 'NATURAL_PERSON' AND ${a}.${c} ILIKE ? ESCAPE '\\')`
      : `${a}.${c} ILIKE ? ESCAPE '\\'`);
    where.add(`(${textColumns.map(match).join(' OR ')})`, ...textColumns.map(() => pattern));
  }
  return where;
}
