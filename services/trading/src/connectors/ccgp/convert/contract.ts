import { accept, type Converter, type Row } from '@keyfield/sync';
import { readChild } from '../../shared/child-records';
import { convertRecord } from '../../shared/convert-kit';
import { moneyColumns, readMoney } from '../../shared/money-columns';
import type { CcgpContractWire, CcgpNoticeWire } from '../wire-types';
import { ccgpChange } from './ccgp-change';
import { noticeColumns } from './notice-columns';

function contractColumns(record: CcgpNoticeWire): Row {
  return readChild<CcgpContractWire, Row>(record.contract, 'contract', (c) => ({
    contract_code: c.required('code'),
    contract_name: c.text('name'),
    ...moneyColumns('contract_amount', readMoney(c.text('amount'), '元', 'amount')),
    signed_on: c.date('signDate'),
    performance_period: c.text('performancePeriod'),
  }));
}

/** A `合同` notice → `trading.procurement_contract` (政府采购合同公告), keyed `noticeId`. */
export const convertProcurementContract: Converter<CcgpNoticeWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => f.required('noticeId'),
    (f, key) => {
      const change = ccgpChange(f, ctx, key);
      return accept({ ...noticeColumns(f, record), ...contractColumns(record), ...change.columns }, key, change.operation);
    },
  );
