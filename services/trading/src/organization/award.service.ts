import type { ConnectionValue, ListArgs, ListSpec, LoaderRegistry, RecordView } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { contractSpec } from '../procurement/procurement-contract.service';
import type { ProcurementContract } from '../procurement/procurement-contract.type';
import type { ContractRow } from '../procurement/procurement-rows';
import type { ProcurementFilter } from '../procurement/procurement.inputs';
import { tradingRule } from '../publicity/trading-rule';
import { JoinedListReader } from '../shared/joined-list-reader';
import { tradingWhere } from '../shared/trading-filter';
import { timeOrder, type TradingOrder } from '../shared/trading-order';
import type { AwardFilter } from './award.inputs';
import { ALL_AWARDS, AWARD_COLUMNS, toAwardOf, type AwardRow } from './award.row';
import type { TradingAward } from './award.type';
import { awardsOfOrganizations, contractsOfOrganizations, parseOrganizationKey } from './organization-key';

const awardSpec: ListSpec<AwardRow, TradingAward, AwardFilter, TradingOrder> = {
  name: 'award', from: ALL_AWARDS, alias: 'a', select: AWARD_COLUMNS,
  where: (f) => tradingWhere('a', f, { publishedAt: 'a.awarded_at', textColumns: ['title', 'project_code'] }).addIf(f?.kind, 'a.kind = ?'),
  order: timeOrder('a.awarded_at', 'a.uid'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: (r) => toAwardOf(r, '', null),
};

/** What organisations won: awards and contracts, batched over every organisation of a level. */
export class AwardService {
  private readonly awards: JoinedListReader<AwardRow, TradingAward, AwardFilter, TradingOrder>;
  private readonly contracts: JoinedListReader<ContractRow, ProcurementContract, ProcurementFilter, TradingOrder>;

  constructor(db: DataSource) {
    this.awards = new JoinedListReader(db, awardSpec, awardsOfOrganizations);
    this.contracts = new JoinedListReader(db, contractSpec, contractsOfOrganizations);
  }

  /** Awards of the organisation keyed `key` (see organizationKey). */
  awardsOf(loaders: LoaderRegistry, key: string, args: ListArgs<AwardFilter, TradingOrder>, view: RecordView): Promise<ConnectionValue<TradingAward>> {
    const { uscc, nameKey } = parseOrganizationKey(key);
    return this.awards.forParent(loaders, key, args, view, (row) => toAwardOf(row, uscc, nameKey));
  }

  contractsOf(loaders: LoaderRegistry, key: string, args: ListArgs<ProcurementFilter, TradingOrder>, view: RecordView): Promise<ConnectionValue<ProcurementContract>> {
    return this.contracts.forParent(loaders, key, args, view);
  }
}
