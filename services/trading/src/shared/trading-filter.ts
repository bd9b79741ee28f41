import { checkDateRange, DateRange, likePattern, regionPrefix, SqlWhere } from '@keyfield/core';
import { Field, InputType } from 'type-graphql';
import { PERSON_CODE_SQL } from './person-code';

/** What every trading list filters by: region, publication day and a text match. */
@InputType()
export abstract class TradingFilter {
  @Field(() => String, { nullable: true, description: '行政区划 — a region code; covers its subdivisions' })
  regionCode?: string;

  @Field(() => DateRange, { nullable: true, description: '发布日期 — publication day range (Asia/Shanghai)' })
  publishedDate?: DateRange;

  @Field(() => String, { nullable: true, description: '关键字 — text in the title, project or party names' })
  text?: string;
}

/** Where a list's common filter reads: its publication time and its searchable columns. */
export interface FilterColumns {
  /** A timestamptz expression over the alias. */
  publishedAt: string;
  textColumns: string[];
}

/** Parties whose `<p>_name` a text filter may search: never when `<p>_code` is a person's id number. */
const PARTY_NAME = /^(purchaser|agency|tenderer|buyer)_name$/;

/** ILIKE on one column; a party's name only when the party is not a natural person (a full name must not be confirmable). */
function textMatch(a: string, column: string): string {
  const party = PARTY_NAME.exec(column)?.[1];
  const match = `${a}.${column} ILIKE ? ESCAPE '\\'`;
  return party ? `(${match} AND NOT ${PERSON_CODE_SQL(`${a}.${party}_code`)})` : match;
}

/** WHERE of the common filter over alias `a` (visibility is the list reader's). */
export function tradingWhere(a: string, filter: TradingFilter | undefined, columns: FilterColumns, argument = 'filter'): SqlWhere {
  const where = new SqlWhere();
  if (!filter) return where;
  const range = checkDateRange(filter.publishedDate, `${argument}.publishedDate`);
  where.addIf(filter.regionCode, `${a}.region_code LIKE ?`, (c) => `${regionPrefix(c, `${argument}.regionCode`)}%`);
  where.addIf(range?.from, `${columns.publishedAt} >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  where.addIf(range?.to, `${columns.publishedAt} < ((?::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (filter.text) {
    const pattern = likePattern(filter.text, `${argument}.text`);
    where.add(`(${columns.textColumns.map((c) => textMatch(a, c)).join(' OR ')})`, ...columns.textColumns.map(() => pattern));
  }
  return where;
}
