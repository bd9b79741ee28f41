import { encodeCursor } from './cursor';
import { afterCursor, cursorQuery, orderClause, type KeysetOrder, type KeysetPage, type Queryable } from './keyset';
import type { SqlWhere } from './sql-where';
import type { CursorValues } from './cursor';

export interface ParentKeysetQuery<Row> {
  select: string;
  from: string;
  /** The column holding the parent key, e.g. `p.uscc`; selected as "__parent". */
  parentColumn: string;
  parents: readonly string[];
  where: SqlWhere;
  order: KeysetOrder;
  first: number;
  after?: string | null;
  keyOf: (row: Row) => CursorValues;
}

/**
 * One page per parent in a single query (`row_number() OVER (PARTITION BY parent …)`): what a
 * DataLoader batch needs for `organizations { penalties(first: 5) }` — one SQL query per level.
 */
export async function fetchKeysetPagesByParent<Row>(db: Queryable, q: ParentKeysetQuery<Row>): Promise<Map<string, KeysetPage<Row>>> {
  const where = afterCursor(q.where, q.order, q.after);
  where.add(`${q.parentColumn} = ANY(?)`, q.parents);
  const limit = where.param(q.first + 1);
  const sql = `SELECT * FROM (
      SELECT ${q.select}, ${q.parentColumn} AS "__parent",
        row_number() OVER (PARTITION BY ${q.parentColumn} ORDER BY ${orderClause(q.order)}) AS "__rn"
      FROM ${q.from} ${where.sql}) ranked
    WHERE "__rn" <= ${limit} ORDER BY "__parent", "__rn"`;
  const rows = (await cursorQuery(db, sql, where.params, q.after)) as (Row & { __parent: string; __rn: string })[];
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.__parent) ?? [];
    list.push(row);
    grouped.set(row.__parent, list);
  }
  const pages = new Map<string, KeysetPage<Row>>();
  for (const parent of q.parents) {
    const all = grouped.get(parent) ?? [];
    const page = all.slice(0, q.first);
    const cursors = page.map((r) => encodeCursor(q.keyOf(r)));
    const hasNextPage = all.length > q.first;
    pages.set(parent, { rows: page, cursors, hasNextPage, endCursor: cursors[cursors.length - 1] ?? null, whole: !hasNextPage && !q.after });
  }
  return pages;
}

/** Rows per parent under the filter, in one `GROUP BY` query. */
export async function countRowsByParent(db: Queryable, from: string, parentColumn: string, parents: readonly string[], base: SqlWhere): Promise<Map<string, number>> {
  const where = base.clone().add(`${parentColumn} = ANY(?)`, parents);
  const rows = (await db.query(`SELECT ${parentColumn} AS parent, count(*)::int AS n FROM ${from} ${where.sql} GROUP BY ${parentColumn}`, where.params)) as { parent: string; n: number }[];
  return new Map(rows.map((r) => [r.parent, r.n]));
}
