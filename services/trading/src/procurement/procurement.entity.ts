import { EntitySchema } from 'typeorm';
import { managedIndexes, money, NOTICE, parties, procurementIndexes, required, SYNCED, text } from '../shared/entity-columns';

/** trading.procurement_notice — procurement notices of every type but results and contracts, keyed notice id. */
export const ProcurementNoticeEntity = new EntitySchema({
  name: 'ProcurementNotice', schema: 'trading', tableName: 'procurement_notice',
  columns: { ...SYNCED, ...NOTICE },
  uniques: [{ name: 'procurement_notice_natural_key', columns: ['notice_id'] }],
  indices: procurementIndexes('procurement_notice'),
});

/** trading.procurement_result — 中标（成交）结果 with winners. */
export const ProcurementResultEntity = new EntitySchema({
  name: 'ProcurementResult', schema: 'trading', tableName: 'procurement_result',
  columns: { ...SYNCED, ...NOTICE, ...parties('winners', 'winner') },
  uniques: [{ name: 'procurement_result_natural_key', columns: ['notice_id'] }],
  indices: [...procurementIndexes('procurement_result'), ...managedIndexes('procurement_result_codes', 'procurement_result_uncoded')],
});

/** trading.procurement_contract — 政府采购合同. */
export const ProcurementContractEntity = new EntitySchema({
  name: 'ProcurementContract', schema: 'trading', tableName: 'procurement_contract',
  columns: {
    ...SYNCED, ...NOTICE, contract_code: required, contract_name: text, ...money('contract_amount'), signed_on: { type: 'date', nullable: true },
    performance_period: text,
  },
  uniques: [{ name: 'procurement_contract_natural_key', columns: ['notice_id'] }],
  indices: procurementIndexes('procurement_contract'),
});
