import { accept, type Converter } from '@keyfield/sync';
import { convertRecord } from '../../shared/convert-kit';
import type { CcgpNoticeWire } from '../wire-types';
import { ccgpChange } from './ccgp-change';
import { noticeColumns } from './notice-columns';

/**
 * A `/ccgp/notices` item of any type but results and contracts (采购意向, 招标, 更正, 终止, …) →
 * `trading.procurement_notice`, keyed `noticeId`. A revoked notice is withdrawn, not deleted.
 */
export const convertProcurementNotice: Converter<CcgpNoticeWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => f.required('noticeId'),
    (f, key) => {
      const change = ccgpChange(f, ctx, key);
      return accept({ ...noticeColumns(f, record), ...change.columns }, key, change.operation);
    },
  );
