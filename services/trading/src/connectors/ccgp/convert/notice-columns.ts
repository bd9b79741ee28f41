import type { Row } from '@keyfield/sync';
import { readChild } from '../../shared/child-records';
import { FieldProblem, readRegionCode, type FieldReader } from '../../shared/convert-kit';
import { readInstant } from '../../shared/instant';
import { moneyColumns, readMoney } from '../../shared/money-columns';
import { partyColumns } from '../../shared/party-columns';
import { noticeTypeOf } from '../notice-types';
import type { CcgpNoticeWire, CcgpPartyWire } from '../wire-types';

type Fields = FieldReader<CcgpNoticeWire>;

function party(record: unknown, label: string, prefix: string): Row {
  return readChild<CcgpPartyWire, Row>(record, label, (p) => partyColumns(prefix, p.text('name'), null, p.text('code')));
}

/** The notice type as one of the 13 labels; any other label is a problem, not a guess. */
export function readNoticeType(f: Fields): string {
  const label = f.required('noticeType');
  const type = noticeTypeOf(label);
  if (type === undefined) throw new FieldProblem('noticeType', `未知公告类型 "${label.slice(0, 30)}" — not one of the 13 notice types`);
  return type;
}

/** The columns every procurement notice table has: identity, project, parties, budget (元), time, place. */
export function noticeColumns(f: Fields, record: CcgpNoticeWire): Row {
  return {
    notice_id: f.required('noticeId'),
    notice_type: readNoticeType(f),
    title: f.required('title'),
    project_code: f.text('projectCode'),
    project_name: f.text('projectName'),
    ...party(record.purchaser, 'purchaser', 'purchaser'),
    ...party(record.agency, 'agency', 'agency'),
    purchase_method: f.text('purchaseMethod'),
    ...moneyColumns('budget', readMoney(f.text('budget'), '元', 'budget')),
    published_at: readInstant(f.text('publishTime'), 'publishTime'),
    region_code: readRegionCode(f, 'regionCode'),
    content: f.text('content'),
  };
}
