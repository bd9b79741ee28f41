import {
  countRows, countRowsByParent, fetchKeysetPage, fetchKeysetPagesByParent, toConnection,
  type ConnectionValue, type CursorValues, type KeysetOrder, type KeysetPage, type LoaderRegistry, type SqlWhere,
} from '@keyfield/core';
import type { DataSource } from 'typeorm';

/** How one record type is read: its table, columns, filter, order, and row-to-node mapping. */
export interface ListSpec<Row, Node, Filter, Order> {
  /** Loader namespace, e.g. `penalty`. */
  name: string;
  /** FROM clause with alias. */
  from: string;
  select: string;
  where: (filter: Filter | undefined) => SqlWhere;
  order: (order: Order | undefined) => KeysetOrder;
  keyOf: (row: Row) => CursorValues;
  toNode: (row: Row) => Node;
}

export interface ListArgs<Filter, Order> {
  filter?: Filter;
  orderBy?: Order;
  first: number;
  after?: string | null;
}

const EMPTY = { rows: [], cursors: [], hasNextPage: false, endCursor: null };

/**
 * Reads a record type as plain rows (no entity hydration): a root list, and per-parent lists
 * batched through the request's DataLoaders — one SQL query per list, per level.
 */
export class ListReader<Row, Node, Filter, Order> {
  constructor(private readonly db: DataSource, private readonly spec: ListSpec<Row, Node, Filter, Order>) {}

  /** A keyset page; the count query runs only when totalCount is selected. */
  async list(args: ListArgs<Filter, Order>): Promise<ConnectionValue<Node>> {
    const { db, spec } = this;
    const where = spec.where(args.filter);
    const page = await fetchKeysetPage<Row>(db, {
      select: spec.select, from: spec.from, where, order: spec.order(args.orderBy), first: args.first, after: args.after, keyOf: spec.keyOf,
    });
    return toConnection(page, spec.toNode, () => countRows(db, spec.from, where));
  }

  /** The page of one parent (`p.uscc` = an organisation's code), batched with its siblings. */
  forParent(loaders: LoaderRegistry, parentColumn: string, parent: string, args: ListArgs<Filter, Order>): Promise<ConnectionValue<Node>> {
    const { db, spec } = this;
    const signature = `${spec.name}:${parentColumn}:${JSON.stringify([args.filter ?? null, args.orderBy ?? null, args.first, args.after ?? null])}`;
    const pages = loaders.get<string, KeysetPage<Row>>(`${signature}:page`, async (parents) => {
      const byParent = await fetchKeysetPagesByParent<Row>(db, {
        select: spec.select, from: spec.from, parentColumn, parents, where: spec.where(args.filter),
        order: spec.order(args.orderBy), first: args.first, after: args.after, keyOf: spec.keyOf,
      });
      return parents.map((p) => byParent.get(p) ?? EMPTY);
    });
    const counts = loaders.get<string, number>(`${signature}:count`, async (parents) => {
      const byParent = await countRowsByParent(db, spec.from, parentColumn, parents, spec.where(args.filter));
      return parents.map((p) => byParent.get(p) ?? 0);
    });
    return pages.load(parent).then((page) => toConnection(page, spec.toNode, () => counts.load(parent)));
  }
}
