import { likePattern, SqlWhere, checkDateRange, ListReader } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { recordRule } from '../publicity/listing-rule';
import type { DefaulterFilter } from './defaulter.inputs';
import { DEFAULTER_COLUMNS, toDefaulter, type DefaulterRow } from './defaulter.row';
import type { JudgmentDefaulter } from './defaulter.type';

/** SQL: the defaulter's code looks like a person's id (masked or not), as `toDefaulter` judges it. */
const PERSON_CODE = `coalesce(d.id_or_org_code ~ '^([0-9*]{17}[0-9Xx*]|[0-9*]{15})$', false)`;

function defaulterWhere(filter: DefaulterFilter | undefined): SqlWhere {
  const where = new SqlWhere();
  const range = checkDateRange(filter?.publishedOn, 'filter.publishedOn');
  where.addIf(filter?.performance, 'd.performance = ?');
  where.addIf(range?.from, 'd.published_on >= ?::date');
  where.addIf(range?.to, 'd.published_on <= ?::date');
  if (filter?.text) {
    const p = likePattern(filter.text);
    // A person's name is shown masked: searching it in full would let anyone confirm a guess.
    where.add(`((d.name ILIKE ? ESCAPE '\\' AND NOT ${PERSON_CODE}) OR d.case_number ILIKE ? ESCAPE '\\' OR d.court ILIKE ? ESCAPE '\\')`, p, p, p);
  }
  return where;
}

/** Reads judgment defaulters, newest filing first; per organisation by its code. */
export class DefaulterService extends ListReader<DefaulterRow, JudgmentDefaulter, DefaulterFilter, never> {
  constructor(db: DataSource) {
    super(db, {
      name: 'defaulter', from: 'credit.defaulter d', alias: 'd', publicity: recordRule, select: DEFAULTER_COLUMNS, where: defaulterWhere,
      // filed_on may be missing upstream; the id keeps the order total.
      order: () => ({ columns: ['d.id'], direction: 'DESC' }), keyOf: (r) => [r.id], toNode: toDefaulter,
    });
  }
}
