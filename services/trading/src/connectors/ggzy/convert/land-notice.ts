import { accept, type Converter, type Row } from '@keyfield/sync';
import { convertRecord } from '../../shared/convert-kit';
import { moneyColumns } from '../../shared/money-columns';
import type { LandNoticeWire } from '../wire-types';
import { ggzyChange, platformColumns } from './ggzy-columns';
import { parcelColumns } from './land-parcel';
import { readPriceUnit } from './price-unit';
import { readSendTime } from './send-time';

/**
 * `TRANSFER_NOTICE` → `trading.land_transfer_notice` (国有建设用地使用权出让公告), keyed
 * `LAND_CODE|send time`: a parcel offered again after a failed sale has a notice of its own.
 */
export const convertLandNotice: Converter<LandNoticeWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${f.required('LAND_CODE')}|${readSendTime(f.text('NOTICE_SEND_TIME'), 'NOTICE_SEND_TIME').key}`,
    (f, key) => {
      const sent = readSendTime(f.text('NOTICE_SEND_TIME'), 'NOTICE_SEND_TIME');
      const price = readPriceUnit(f);
      const change = ggzyChange(f, ctx, key);
      const row: Row = {
        ...parcelColumns(f),
        notice_send_time: sent.key,
        notice_sent_at: sent.at,
        notice_name: f.required('NOTICE_NAME'),
        notice_content: f.text('NOTICE_CONTENT'),
        ...moneyColumns('start_price', price.money(f.text('START_PRICE'), 'START_PRICE')),
        ...moneyColumns('deposit', price.money(f.text('DEPOSIT'), 'DEPOSIT')),
        plot_ratio: f.text('PLOT_RATIO'),
        ...price.columns,
        ...platformColumns(f),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
