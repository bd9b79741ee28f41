import { accept, type Converter } from '@keyfield/sync';
import type { DefaulterWire } from '../wire-types';
import { changeColumns } from './change-columns';
import { convertRecord } from './convert-record';
import { defaulterIdOrCode } from './defaulter-id';

/** `/credit/sxbzxr` row → `credit.defaulter` (失信被执行人), keyed `AH|BZXRMC`. */
export const convertDefaulter: Converter<DefaulterWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${f.required('AH')}|${f.required('BZXRMC')}`,
    (f, key) => {
      const change = changeColumns(f, ctx, key);
      const row = {
        case_number: f.required('AH'),
        name: f.required('BZXRMC'),
        id_or_org_code: defaulterIdOrCode(f.text('ZJHM')),
        legal_rep: f.text('FDDBR'),
        court: f.text('ZXFY'),
        province: f.text('SF'),
        basis_number: f.text('ZXYJWH'),
        basis_issuer: f.text('ZCZXYJDW'),
        filed_on: f.date('LARQ'),
        obligation: f.text('YW'),
        performance: f.text('LXQK'),
        behaviour: f.text('SXJTQX'),
        published_on: f.date('FBSJ'),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
