import {
  countRowsByParent, fetchKeysetPagesByParent, keyLookups, selectForView, toConnection, whereForView,
  type ConnectionValue, type KeysetPage, type ListArgs, type ListSpec, type LoaderRegistry, type RecordView, type SqlWhere,
} from '@keyfield/core';
import type { DataSource } from 'typeorm';

/**
 * How a batch of parents is joined to a list when a parent is not one column value: an organisation
 * (its code among a result's winner codes, or its name among the uncoded winners), a region (a code
 * prefix). The join reads parallel arrays, one element per parent, passed as parameters.
 */
export interface ParentJoin {
  /** SQL appended to the list's FROM, given the placeholders of `arrays` (and the caller's view). */
  sql: (placeholders: string[], view: RecordView) => string;
  /** The parallel arrays the join reads, from the batch's parent keys. */
  arrays: (parents: readonly string[]) => unknown[];
  /** The joined column holding the parent key. */
  parentColumn: string;
}

const EMPTY = { rows: [], cursors: [], hasNextPage: false, endCursor: null };

/**
 * A list per parent through a join, batched like `ListReader.forParent`: one SQL query for the pages
 * of every parent of the request's level, one for their counts, visibility in the same SQL.
 */
export class JoinedListReader<Row, Node, Filter, Order> {
  constructor(private readonly db: DataSource, private readonly spec: ListSpec<Row, Node, Filter, Order>, private readonly join: ParentJoin) {}

  /** The page of `parent`; `map` may finish a node with what the parent key tells (a name match). */
  forParent(loaders: LoaderRegistry, parent: string, args: ListArgs<Filter, Order>, view: RecordView, map: (row: Row, parent: string) => Node = (r) => this.spec.toNode(r)): Promise<ConnectionValue<Node>> {
    const { spec, join } = this;
    const db = keyLookups(this.db);
    const signature = `${spec.name}:joined:${JSON.stringify([args.filter ?? null, args.orderBy ?? null, args.first, args.after ?? null, view])}`;
    const pages = loaders.get<string, KeysetPage<Row>>(`${signature}:page`, async (parents) => {
      const { where, from } = this.query(parents, args.filter, view);
      const select = selectForView(spec.select, view, spec.publicity, spec.alias);
      const byParent = await fetchKeysetPagesByParent<Row>(db, {
        select, from, parentColumn: join.parentColumn, parents, where, order: spec.order(args.orderBy), first: args.first, after: args.after, keyOf: spec.keyOf,
      });
      return parents.map((p) => byParent.get(p) ?? EMPTY);
    });
    const counts = loaders.get<string, number>(`${signature}:count`, async (parents) => {
      const { where, from } = this.query(parents, args.filter, view);
      const byParent = await countRowsByParent(db, from, join.parentColumn, parents, where);
      return parents.map((p) => byParent.get(p) ?? 0);
    });
    return pages.load(parent).then((page) => toConnection(page, (row) => map(row, parent), () => counts.load(parent)));
  }

  /** The filter and visibility, then the join's arrays as parameters after them. */
  private query(parents: readonly string[], filter: Filter | undefined, view: RecordView): { where: SqlWhere; from: string } {
    const where = this.spec.where(filter);
    whereForView(where, view, this.spec.publicity, this.spec.alias);
    const placeholders = this.join.arrays(parents).map((array) => where.param(array));
    return { where, from: `${this.spec.from} ${this.join.sql(placeholders, view)}` };
  }
}
