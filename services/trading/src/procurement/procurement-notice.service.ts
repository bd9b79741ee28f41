import { regionPrefix, type ConnectionValue, type ListArgs, type ListSpec, type LoaderRegistry, type RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { JoinedListReader } from '../shared/joined-list-reader';
import { ProjectListReader } from '../shared/project-list-reader';
import { timeOrder, type TradingOrder } from '../shared/trading-order';
import { ALL_PROCUREMENT, PUBLISHED, type ProcurementRow } from './procurement-columns';
import type { ProcurementNotice } from './procurement-notice.type';
import { NOTICE_COLUMNS, toProcurementNotice } from './procurement-rows';
import { procurementNoticeWhere } from './procurement.filter';
import type { ProcurementNoticeFilter } from './procurement.inputs';

const spec: ListSpec<ProcurementRow, ProcurementNotice, ProcurementNoticeFilter, TradingOrder> = {
  name: 'procurementNotice', from: ALL_PROCUREMENT, alias: 'n', select: NOTICE_COLUMNS, where: (f) => procurementNoticeWhere('n', f),
  order: timeOrder(PUBLISHED('n'), 'n.notice_id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toProcurementNotice,
};

/** A region and its subdivisions: the records whose region code starts with its prefix. */
const inRegion = {
  sql: ([codes, prefixes]: string[]) => `JOIN unnest(${codes}::text[], ${prefixes}::text[]) AS rg(code, prefix) ON n.region_code LIKE rg.prefix || '%'`,
  arrays: (codes: readonly string[]) => [codes, codes.map((c) => regionPrefix(c, 'code'))],
  parentColumn: 'rg.code',
};

/**
 * Reads procurement notices of all 13 types (the notice, result and contract tables as one): the
 * root list, a purchaser's (batched on its code), a region's (batched on code prefixes), a project's.
 */
export class ProcurementNoticeService extends ProjectListReader<ProcurementRow, ProcurementNotice, ProcurementNoticeFilter> {
  private readonly byRegion: JoinedListReader<ProcurementRow, ProcurementNotice, ProcurementNoticeFilter, TradingOrder>;

  constructor(db: DataSource) {
    super(db, spec, { column: 'n.project_code', orderBy: `${PUBLISHED('n')}, n.notice_id` });
    this.byRegion = new JoinedListReader(db, spec, inRegion);
  }

  /** The notices of a region and its subdivisions. */
  ofRegion(loaders: LoaderRegistry, code: string, args: ListArgs<ProcurementNoticeFilter, TradingOrder>, view: RecordView): Promise<ConnectionValue<ProcurementNotice>> {
    return this.byRegion.forParent(loaders, code, args, view);
  }
}
