import type { ListSpec } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { tradingRule } from '../publicity/trading-rule';
import { ProjectListReader } from '../shared/project-list-reader';
import { timeOrder, type TradingOrder } from '../shared/trading-order';
import { PUBLISHED } from './procurement-columns';
import type { ProcurementContract } from './procurement-contract.type';
import { CONTRACT_COLUMNS, toProcurementContract, type ContractRow } from './procurement-rows';
import { procurementWhere } from './procurement.filter';
import type { ProcurementFilter } from './procurement.inputs';

/** How contracts are listed (also per organisation, through the award service's join). */
export const contractSpec: ListSpec<ContractRow, ProcurementContract, ProcurementFilter, TradingOrder> = {
  name: 'procurementContract', from: 'trading.procurement_contract c', alias: 'c', select: CONTRACT_COLUMNS, where: (f) => procurementWhere('c', f),
  order: timeOrder(PUBLISHED('c'), 'c.notice_id'), publicity: tradingRule, keyOf: (r) => [r.sortKey, r.id], toNode: toProcurementContract,
};

/** Reads procurement contracts: the root list and a project's (batched). */
export class ProcurementContractService extends ProjectListReader<ContractRow, ProcurementContract, ProcurementFilter> {
  constructor(db: DataSource) {
    super(db, contractSpec, { column: 'c.project_code', orderBy: `${PUBLISHED('c')}, c.notice_id` });
  }
}
