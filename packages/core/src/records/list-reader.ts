import type { LoaderRegistry } from '../loaders/registry';
import { toConnection, type ConnectionValue } from '../pagination/connection';
import type { CursorValues } from '../pagination/cursor';
import { countRows, fetchKeysetPage, type KeysetOrder, type KeysetPage } from '../pagination/keyset';
import { countRowsByParent, fetchKeysetPagesByParent } from '../pagination/keyset-by-parent';
import type { SqlWhere } from '../pagination/sql-where';
import type { PublicityRule } from '../policy/publicity-rule';
import { selectForView, whereForView, type RecordView } from '../policy/record-view';
import type { DataSource } from 'typeorm';
import { keyLookups } from '../db/key-lookups';

/** How one record type is read: its table, columns, filter, order, visibility, and row-to-node mapping. */
export interface ListSpec<Row, Node, Filter, Order> {
  /** Loader namespace, e.g. `penalty`. */
  name: string;
  /** FROM clause with alias (and any join the publicity rule reads). */
  from: string;
  /** The alias of the record's table in `from`. */
  alias: string;
  select: string;
  where: (filter: Filter | undefined) => SqlWhere;
  order: (order: Order | undefined) => KeysetOrder;
  /** When a row is out of public view (policy.md). */
  publicity: PublicityRule;
  keyOf: (row: Row) => CursorValues;
  toNode: (row: Row) => Node;
  /**
   * The root list's total from a maintained summary, when it can give one for `filter` and `view`:
   * the same number as counting the rows, without reading them. Undefined falls back to counting.
   */
  countFromSummary?: (filter: Filter | undefined, view: RecordView) => Promise<number | undefined>;
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
 * batched through the request's DataLoaders — one SQL query per list, per level. What the caller
 * may see is decided in the same SQL: the public gets only rows in public view (so pages and
 * totals count only those); analysts get every row, each marked with its `publicity`.
 */
export class ListReader<Row, Node, Filter, Order> {
  constructor(private readonly db: DataSource, private readonly spec: ListSpec<Row, Node, Filter, Order>) {}

  /** A keyset page; the count query runs only when totalCount is selected. */
  async list(args: ListArgs<Filter, Order>, view: RecordView): Promise<ConnectionValue<Node>> {
    const { db, spec } = this;
    const where = this.whereFor(args.filter, view);
    const page = await fetchKeysetPage<Row>(db, {
      select: this.selectFor(view), from: spec.from, where, order: spec.order(args.orderBy), first: args.first, after: args.after, keyOf: spec.keyOf,
    });
    const count = async (): Promise<number> => (await spec.countFromSummary?.(args.filter, view)) ?? countRows(db, spec.from, where);
    return toConnection(page, spec.toNode, count);
  }

  /** The page of one parent (`p.uscc` = an organisation's code), batched with its siblings. */
  forParent(loaders: LoaderRegistry, parentColumn: string, parent: string, args: ListArgs<Filter, Order>, view: RecordView): Promise<ConnectionValue<Node>> {
    const { spec } = this;
    const db = keyLookups(this.db);
    const signature = `${spec.name}:${parentColumn}:${JSON.stringify([args.filter ?? null, args.orderBy ?? null, args.first, args.after ?? null, view])}`;
    const pages = loaders.get<string, KeysetPage<Row>>(`${signature}:page`, async (parents) => {
      const byParent = await fetchKeysetPagesByParent<Row>(db, {
        select: this.selectFor(view), from: spec.from, parentColumn, parents, where: this.whereFor(args.filter, view),
        order: spec.order(args.orderBy), first: args.first, after: args.after, keyOf: spec.keyOf,
      });
      return parents.map((p) => byParent.get(p) ?? EMPTY);
    });
    const counts = loaders.get<string, number>(`${signature}:count`, async (parents) => {
      const byParent = await countRowsByParent(db, spec.from, parentColumn, parents, this.whereFor(args.filter, view));
      return parents.map((p) => byParent.get(p) ?? 0);
    });
    return pages.load(parent).then((page) => toConnection(page, spec.toNode, () => counts.load(parent)));
  }

  private whereFor(filter: Filter | undefined, view: RecordView): SqlWhere {
    return whereForView(this.spec.where(filter), view, this.spec.publicity, this.spec.alias);
  }

  private selectFor(view: RecordView): string {
    return selectForView(this.spec.select, view, this.spec.publicity, this.spec.alias);
  }
}
