import { accept, type Converter } from '@keyfield/sync';
import { checkUscc } from '@keyfield/core';
import type { AbnormalListingWire } from '../wire-types';
import { changeColumns } from './change-columns';
import { convertRecord } from './convert-record';

/**
 * `/credit/jyyc` row → `credit.abnormal_listing` (经营异常名录), keyed `uscc|listed_on|listed_reason`
 * as stored. The removal fields stay empty while the company is listed; a removal (移出) takes
 * the listing out of public view by policy, so it is data here, not a withdrawal.
 */
export const convertAbnormalListing: Converter<AbnormalListingWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${checkUscc(f.required('TYSHXYDM')).code}|${f.requiredDate('LRRQ')}|${f.required('LRYY')}`,
    (f, key) => {
      const change = changeColumns(f, ctx, key);
      const row = {
        uscc: checkUscc(f.required('TYSHXYDM')).code,
        name: f.required('QYMC'),
        listed_reason: f.required('LRYY'),
        listed_on: f.requiredDate('LRRQ'),
        listed_by: f.text('LRJG'),
        removed_reason: f.text('YCYY'),
        removed_on: f.date('YCRQ'),
        removed_by: f.text('YCJG'),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
