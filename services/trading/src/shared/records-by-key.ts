import { groupByKey, keyLookups, selectForView, SqlWhere, whereForView, type LoaderRegistry, type PublicityRule, type RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';

/** How the records of one key (a project code) are read: table, columns, key column, order. */
export interface ByKeySpec<Row, Node> {
  name: string;
  from: string;
  alias: string;
  select: string;
  /** The column the key is matched on, e.g. `n.tender_project_code`. */
  keyColumn: string;
  /** ORDER BY inside one key's records (a life cycle reads oldest first). */
  orderBy: string;
  publicity: PublicityRule;
  toNode: (row: Row) => Node;
}

/**
 * Every record of a key the caller may see, batched per request: the records of all keys asked
 * at one level (a page of notices, each asking for its project) come from one SQL query.
 */
export function recordsByKey<Row, Node>(db: DataSource, loaders: LoaderRegistry, spec: ByKeySpec<Row, Node>, key: string, view: RecordView): Promise<Node[]> {
  return loaders.get<string, Node[]>(`${spec.name}.byKey:${view.beyondPublic}`, async (keys) => {
    const where = new SqlWhere().add(`${spec.keyColumn} = ANY(?)`, keys);
    whereForView(where, view, spec.publicity, spec.alias);
    const select = selectForView(spec.select, view, spec.publicity, spec.alias);
    const rows = (await keyLookups(db).query(`SELECT ${select}, ${spec.keyColumn} AS "__key" FROM ${spec.from} ${where.sql} ORDER BY ${spec.orderBy}`, where.params)) as (Row & { __key: string })[];
    return groupByKey(keys, rows, (r) => r.__key).map((list) => list.map(spec.toNode));
  }).load(key);
}
