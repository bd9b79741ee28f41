import type { PERMIT_COLUMNS } from '../connectors/credit/csv';
import type { PermitCsvRecord } from '../connectors/credit/wire-types';
import type { PermitRecordInput } from './permit-record.input';

type PermitColumn = (typeof PERMIT_COLUMNS)[number];

/** Each XK_* input field and the permit-file column (CSV header) it stands for. */
export const PERMIT_FIELD_COLUMNS: Readonly<Record<keyof PermitRecordInput, PermitColumn>> = {
  XK_XDR_MC: '行政相对人名称',
  XK_XDR_LB: '行政相对人类别',
  XK_XDR_SHXYM: '统一社会信用代码',
  XK_FRDB: '法定代表人',
  XK_XKWS: '行政许可决定文书名称',
  XK_WSH: '行政许可决定文书号',
  XK_XKLB: '许可类别',
  XK_XKZS: '许可证书名称',
  XK_XKBH: '许可编号',
  XK_NR: '许可内容',
  XK_JDRQ: '许可决定日期',
  XK_YXQZ: '有效期自',
  XK_YXQZI: '有效期至',
  XK_XKJG: '许可机关',
  XK_XKJGDM: '许可机关统一社会信用代码',
  XK_ZT: '当前状态',
  XK_LYDW: '数据来源单位',
  XK_LYDWDM: '数据来源单位统一社会信用代码',
  BZ: '备注',
  CZLX: '操作类型',
  GKSX: '公开属性',
};

const FIELD_OF_COLUMN = new Map(Object.entries(PERMIT_FIELD_COLUMNS).map(([field, column]) => [column, field]));

/** A pushed permit as the file feed would carry it: the same values under the CSV headers. */
export function permitWireOf(input: PermitRecordInput): PermitCsvRecord {
  const record: Record<string, string | null> = {};
  for (const [field, value] of Object.entries(input)) {
    const column = PERMIT_FIELD_COLUMNS[field as keyof PermitRecordInput];
    if (column !== undefined) record[column] = (value as string | null | undefined) ?? null;
  }
  return record as PermitCsvRecord;
}

/**
 * A converter's reason in the pusher's words: reasons start with the field they are about
 * (`许可决定日期: …`), which for a pushed permit is its XK_* name (`XK_JDRQ (许可决定日期): …`).
 */
export function permitReasonForPush(reason: string): string {
  const colon = reason.indexOf(':');
  const field = colon < 0 ? undefined : FIELD_OF_COLUMN.get(reason.slice(0, colon) as PermitColumn);
  return field === undefined ? reason : `${field} (${reason.slice(0, colon)})${reason.slice(colon)}`;
}
