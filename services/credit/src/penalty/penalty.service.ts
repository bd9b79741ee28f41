import {
  countRows, countRowsByParent, fetchKeysetPage, fetchKeysetPagesByParent, toConnection,
  type ConnectionValue, type KeysetPage, type LoaderRegistry,
} from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { penaltyOrder, penaltyWhere } from './penalty.filter';
import type { PenaltyFilter, PenaltyOrder } from './penalty.inputs';
import { PENALTY_COLUMNS, toPenalty, type PenaltyRow } from './penalty.row';
import type { Penalty } from './penalty.type';

const FROM = 'credit.penalty p';

export interface ListArgs {
  filter?: PenaltyFilter;
  orderBy?: PenaltyOrder;
  first: number;
  after?: string | null;
}

const keyOf = (r: PenaltyRow): string[] => [r.decisionDate, r.id];

/** Reads penalties as plain rows (no entity hydration), one SQL query per list or per batch. */
export class PenaltyService {
  constructor(private readonly db: DataSource) {}

  /** The root list: a keyset page plus a count run only when asked for. */
  async list(args: ListArgs): Promise<ConnectionValue<Penalty>> {
    const where = penaltyWhere(args.filter);
    const page = await fetchKeysetPage<PenaltyRow>(this.db, {
      select: PENALTY_COLUMNS, from: FROM, where, order: penaltyOrder(args.orderBy), first: args.first, after: args.after, keyOf,
    });
    return toConnection(page, toPenalty, () => countRows(this.db, FROM, where));
  }

  /** One organisation's penalties; all organisations of a request batched into one query. */
  forOrganization(loaders: LoaderRegistry, uscc: string, args: ListArgs): Promise<ConnectionValue<Penalty>> {
    const signature = JSON.stringify([args.filter ?? null, args.orderBy ?? null, args.first, args.after ?? null]);
    const pages = loaders.get<string, KeysetPage<PenaltyRow>>(`penalty.byOrg:${signature}`, async (usccs) => {
      const byParent = await fetchKeysetPagesByParent<PenaltyRow>(this.db, {
        select: PENALTY_COLUMNS, from: FROM, parentColumn: 'p.uscc', parents: usccs, where: penaltyWhere(args.filter),
        order: penaltyOrder(args.orderBy), first: args.first, after: args.after, keyOf,
      });
      return usccs.map((u) => byParent.get(u) ?? { rows: [], cursors: [], hasNextPage: false, endCursor: null });
    });
    const counts = loaders.get<string, number>(`penalty.countByOrg:${signature}`, async (usccs) => {
      const byParent = await countRowsByParent(this.db, FROM, 'p.uscc', usccs, penaltyWhere(args.filter));
      return usccs.map((u) => byParent.get(u) ?? 0);
    });
    return pages.load(uscc).then((page) => toConnection(page, toPenalty, () => counts.load(uscc)));
  }
}
