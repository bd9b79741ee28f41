import { accept, type Converter } from '@keyfield/sync';
import type { RepairWire } from '../wire-types';
import { changeColumns } from './change-columns';
import { convertRecord } from './convert-record';

/**
 * `/credit/sgs/xyxf` row → `credit.repair` (信用修复), keyed like the penalty it repairs
 * (`CF_WSH|CF_CFJGDM`): from the repair date that penalty leaves public view.
 */
export const convertRepair: Converter<RepairWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${f.required('CF_WSH')}|${f.required('CF_CFJGDM')}`,
    (f, key) => {
      const change = changeColumns(f, ctx, key);
      const row = {
        decision_number: f.required('CF_WSH'),
        authority_code: f.required('CF_CFJGDM'),
        authority_name: f.text('CF_CFJG'),
        repair_date: f.requiredDate('XFRQ'),
        repairing_authority: f.text('XFJG'),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
