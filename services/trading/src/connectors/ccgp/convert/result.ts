import { accept, type Converter, type Row } from '@keyfield/sync';
import { readChildren } from '../../shared/child-records';
import { convertRecord } from '../../shared/convert-kit';
import { readMoney } from '../../shared/money-columns';
import { entryCodes, moneyEntry, partiesJson, partyEntry, uncodedNames } from '../../shared/party-entry';
import type { CcgpNoticeWire, CcgpWinnerWire } from '../wire-types';
import { ccgpChange } from './ccgp-change';
import { noticeColumns } from './notice-columns';

/** The winners as published, amounts in 元; a missing code is kept as none, another kind of code flagged. */
function readWinners(record: CcgpNoticeWire): Row[] {
  return readChildren<CcgpWinnerWire, Row>(record.winners, 'winners', (w) => ({
    ...partyEntry(w.required('name'), null, w.text('code')),
    ...moneyEntry(readMoney(w.text('amount'), '元', 'amount')),
  }));
}

/** A `中标（成交）结果` notice → `trading.procurement_result`, keyed `noticeId`, with its winners. */
export const convertProcurementResult: Converter<CcgpNoticeWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => f.required('noticeId'),
    (f, key) => {
      const winners = readWinners(record);
      const change = ccgpChange(f, ctx, key);
      const row: Row = { ...noticeColumns(f, record), winners_json: partiesJson(winners), winner_codes: entryCodes(winners), winner_uncoded_names: uncodedNames(winners), ...change.columns };
      return accept(row, key, change.operation);
    },
  );
