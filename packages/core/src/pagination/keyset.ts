import { decodeCursor, encodeCursor, type CursorValues } from './cursor';
import { userInputError } from '../errors/user-input';
import type { SqlWhere } from './sql-where';

/** Anything that runs SQL with parameters: a TypeORM DataSource, EntityManager or QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** One way to order a list: NOT NULL columns, all in one direction, the last one unique. */
export interface KeysetOrder {
  columns: string[];
  direction: 'ASC' | 'DESC';
}

export interface KeysetQuery<Row> {
  /** `SELECT` list, e.g. `p.id, p.name AS "name"`. */
  select: string;
  /** `FROM` clause with its alias, e.g. `credit.penalty p`. */
  from: string;
  where: SqlWhere;
  order: KeysetOrder;
  first: number;
  after?: string | null;
  /** The cursor values of a row: one per order column. */
  keyOf: (row: Row) => CursorValues;
}

export interface KeysetPage<Row> {
  rows: Row[];
  cursors: string[];
  hasNextPage: boolean;
  /** The page holds every matching row (no cursor was given, no next page): its length is the total. */
  whole?: boolean;
  endCursor: string | null;
}

/**
 * Fetches one page by keyset: `WHERE (k1, k2) < ($a, $b) ORDER BY k1, k2 LIMIT first + 1`, served
 * by an index on the order columns, so page 1,000 costs what page 1 costs.
 */
export async function fetchKeysetPage<Row>(db: Queryable, q: KeysetQuery<Row>): Promise<KeysetPage<Row>> {
  const where = afterCursor(q.where, q.order, q.after);
  const orderBy = orderClause(q.order);
  const limit = where.param(q.first + 1);
  const rows = (await cursorQuery(db, `SELECT ${q.select} FROM ${q.from} ${where.sql} ORDER BY ${orderBy} LIMIT ${limit}`, where.params, q.after)) as Row[];
  const hasNextPage = rows.length > q.first;
  const page = hasNextPage ? rows.slice(0, q.first) : rows;
  const cursors = page.map((r) => encodeCursor(q.keyOf(r)));
  return { rows: page, cursors, hasNextPage, endCursor: cursors[cursors.length - 1] ?? null, whole: !hasNextPage && !q.after };
}

/**
 * Runs a page query; when a cursor was given and Postgres cannot read one of its values (class 22,
 * data exception: a tampered date or an out-of-range id), that is the caller's error, not ours.
 */
export async function cursorQuery(db: Queryable, sql: string, params: unknown[], after?: string | null): Promise<unknown> {
  try {
    return await db.query(sql, params);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (after && typeof code === 'string' && code.startsWith('22')) {
      throw userInputError('after', 'holds values this list cannot read', 'Pass pageInfo.endCursor from a previous page of the same query, unchanged');
    }
    throw err;
  }
}

/** The filter plus the keyset condition of `after`, as a new SqlWhere. */
export function afterCursor(base: SqlWhere, order: KeysetOrder, after?: string | null): SqlWhere {
  const where = base.clone();
  if (after) {
    const values = decodeCursor(after, order.columns.length);
    const op = order.direction === 'DESC' ? '<' : '>';
    where.add(`(${order.columns.join(', ')}) ${op} (${values.map(() => '?').join(', ')})`, ...values);
  }
  return where;
}

/** `k1 DESC, k2 DESC`. */
export function orderClause(order: KeysetOrder): string {
  return order.columns.map((c) => `${c} ${order.direction}`).join(', ');
}

/** `count(*)` under the same filter, run only when the client asks for totalCount. */
export async function countRows(db: Queryable, from: string, where: SqlWhere): Promise<number> {
  const result = (await db.query(`SELECT count(*)::int AS n FROM ${from} ${where.sql}`, where.params)) as { n: number }[];
  return result[0]?.n ?? 0;
}
