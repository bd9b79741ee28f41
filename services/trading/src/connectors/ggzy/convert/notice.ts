import { accept, type Converter, type Row } from '@keyfield/sync';
import { convertRecord, FieldProblem, type FieldReader } from '../../shared/convert-kit';
import { readInstant } from '../../shared/instant';
import { moneyColumns, readMoney } from '../../shared/money-columns';
import { partyColumns } from '../../shared/party-columns';
import type { GcjsNoticeWire } from '../wire-types';
import { ggzyChange, platformColumns, tenderColumns } from './ggzy-columns';
import { readSendTime } from './send-time';

type Fields = FieldReader<GcjsNoticeWire>;

/** 公告性质: 1 正常, 2 变更, 9 其他. */
const NATURES = new Set(['1', '2', '9']);

function nature(f: Fields): string {
  const value = f.required('NOTICE_NATURE');
  if (!NATURES.has(value)) throw new FieldProblem('NOTICE_NATURE', `未知公告性质 "${value}" — expected 1, 2 or 9`);
  return value;
}

/** The tender's timetable (Shanghai instants) and document price (元). */
function timetable(f: Fields): Row {
  return {
    doc_get_start_at: readInstant(f.text('DOC_GET_START_TIME'), 'DOC_GET_START_TIME'),
    doc_get_end_at: readInstant(f.text('DOC_GET_END_TIME'), 'DOC_GET_END_TIME'),
    bid_doc_refer_end_at: readInstant(f.text('BID_DOC_REFER_END_TIME'), 'BID_DOC_REFER_END_TIME'),
    bid_open_at: readInstant(f.text('BID_OPEN_TIME'), 'BID_OPEN_TIME'),
    // 招标文件售价 is always 元, whatever PRICE_UNIT says elsewhere.
    ...moneyColumns('doc_price', readMoney(f.text('DOC_PRICE'), '元', 'DOC_PRICE')),
  };
}

/**
 * `GCJS_NOTICE` → `trading.construction_notice` (招标公告; 变更公告 when `NOTICE_NATURE` is 2),
 * keyed `TENDER_PROJECT_CODE|NOTICE_NATURE|send time`. A change is a notice of its own, linked to
 * the original by the tender project code, never an overwrite of it.
 */
export const convertConstructionNotice: Converter<GcjsNoticeWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${f.required('TENDER_PROJECT_CODE')}|${nature(f)}|${readSendTime(f.text('NOTICE_SEND_TIME'), 'NOTICE_SEND_TIME').key}`,
    (f, key) => {
      const sent = readSendTime(f.text('NOTICE_SEND_TIME'), 'NOTICE_SEND_TIME');
      const change = ggzyChange(f, ctx, key);
      const row: Row = {
        ...tenderColumns(f),
        notice_nature: nature(f),
        notice_send_time: sent.key,
        notice_sent_at: sent.at,
        notice_name: f.required('NOTICE_NAME'),
        notice_content: f.text('NOTICE_CONTENT'),
        notice_media: f.text('NOTICE_MEDIA'),
        bulletin_type: f.text('BULLETIN_TYPE'),
        ...timetable(f),
        ...partyColumns('tenderer', f.text('TENDERER_NAME'), f.text('TENDERER_CODE_TYPE'), f.text('TENDERER_CODE')),
        ...partyColumns('agency', f.text('TENDER_AGENCY_NAME'), f.text('TENDER_AGENCY_CODE_TYPE'), f.text('TENDER_AGENCY_CODE')),
        ...platformColumns(f),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
