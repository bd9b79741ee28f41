import { accept, type Converter, type Row } from '@keyfield/sync';
import { readChildren } from '../../shared/child-records';
import { convertRecord } from '../../shared/convert-kit';
import { readInstant } from '../../shared/instant';
import { entryCodes, moneyEntry, partiesJson, partyEntry, uncodedNames } from '../../shared/party-entry';
import type { WinBidderWire, WinResultWire } from '../wire-types';
import { ggzyChange, platformColumns, tenderColumns } from './ggzy-columns';
import { readPriceUnit, type PriceUnit } from './price-unit';

/** One winner as stored in `winners` (JSON): consortium members are one each, in the order published. */
function readWinners(record: WinResultWire, price: PriceUnit): Row[] {
  return readChildren<WinBidderWire, Row>(record.WIN_BIDDER, 'WIN_BIDDER', (w) => ({
    bid_section_code: w.text('BID_SECTION_CODE'),
    ...partyEntry(w.required('WIN_BIDDER_NAME'), w.text('WIN_BIDDER_CODE_TYPE'), w.text('WIN_BIDDER_CODE')),
    role: w.text('BIDDER_ROLE'),
    ...moneyEntry(price.money(w.text('BID_AMOUNT'), 'BID_AMOUNT')),
    other_bid_price: w.text('OTHER_BID_PRICE'),
    // A person's name (项目负责人): published with the result by law; stored as sent.
    project_lead: w.text('PROJECT_LEAD'),
  }));
}

/**
 * `WIN_RESULT` → `trading.construction_win_result` (中标结果公示), keyed by `TENDER_PROJECT_CODE`.
 * Amounts are read in the record's `PRICE_UNIT`; when the site corrects the unit it sends the
 * record again (later `DATA_TIMESTAMP`, `M_MONEY_UPDATE` 1) and the stored row is replaced.
 */
export const convertWinResult: Converter<WinResultWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => f.required('TENDER_PROJECT_CODE'),
    (f, key) => {
      const price = readPriceUnit(f);
      const winners = readWinners(record, price);
      const change = ggzyChange(f, ctx, key);
      const row: Row = {
        ...tenderColumns(f),
        notice_name: f.required('NOTICE_NAME'),
        notice_content: f.text('NOTICE_CONTENT'),
        notice_sent_at: readInstant(f.text('NOTICE_SEND_TIME'), 'NOTICE_SEND_TIME'),
        ...price.columns,
        winners_json: partiesJson(winners),
        winner_codes: entryCodes(winners), winner_uncoded_names: uncodedNames(winners),
        ...platformColumns(f),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
