import { decodeCursor, encodeCursor, type CursorValues } from './cursor';
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
  /** `SELECT` list and `FROM` clause, e.g. `p.id, p.name FROM credit.penalty p`. */
  selectFrom: string;
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
  endCursor: string | null;
}

/**
 * Fetches one page by keyset: `WHERE (k1, k2) < ($a, $b) ORDER BY k1, k2 LIMIT first + 1`, served
 * by an index on the order columns, so page 1,000 costs what page 1 costs.
 */
export async function fetchKeysetPage<Row>(db: Queryable, q: KeysetQuery<Row>): Promise<KeysetPage<Row>> {
  const where = q.where.clone();
  const cols = q.order.columns;
  if (q.after) {
    const values = decodeCursor(q.after, cols.length);
    const op = q.order.direction === 'DESC' ? '<' : '>';
    where.add(`(${cols.join(', ')}) ${op} (${values.map(() => '?').join(', ')})`, ...values);
  }
  const orderBy = cols.map((c) => `${c} ${q.order.direction}`).join(', ');
  const limit = where.param(q.first + 1);
  const rows = (await db.query(`SELECT ${q.selectFrom} ${where.sql} ORDER BY ${orderBy} LIMIT ${limit}`, where.params)) as Row[];
  const hasNextPage = rows.length > q.first;
  const page = hasNextPage ? rows.slice(0, q.first) : rows;
  const cursors = page.map((r) => encodeCursor(q.keyOf(r)));
  return { rows: page, cursors, hasNextPage, endCursor: cursors[cursors.length - 1] ?? null };
}

/** `count(*)` under the same filter, run only when the client asks for totalCount. */
export async function countRows(db: Queryable, from: string, where: SqlWhere): Promise<number> {
  const result = (await db.query(`SELECT count(*)::int AS n FROM ${from} ${where.sql}`, where.params)) as { n: number }[];
  return result[0]?.n ?? 0;
}
