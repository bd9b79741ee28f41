import { LONG_TERM_SENTINEL } from '@keyfield/core';
import { accept, type Converter, type Row } from '@keyfield/sync';
import type { PenaltyWire } from '../wire-types';
import { authorityRegion } from './authority-region';
import { changeColumns } from './change-columns';
import { convertRecord } from './convert-record';
import type { FieldReader } from './field-reader';
import { splitPenaltyKinds } from './penalty-kinds';
import { readSubject } from './subject';
import { wanAmountColumns } from './wan-amount';

type Fields = FieldReader<PenaltyWire>;

/** Legacy identifiers of the subject; a registration number found in the USCC field fills a gap. */
function legacyIdColumns(f: Fields, registrationNumber: string | null): Row {
  return {
    reg_number: f.text('CF_XDR_GSZC') ?? registrationNumber,
    org_code: f.text('CF_XDR_ZZJG'),
    tax_reg_number: f.text('CF_XDR_SWDJ'),
    institution_code: f.text('CF_XDR_SYDW'),
    social_org_code: f.text('CF_XDR_SHZZ'),
  };
}

// Id numbers are stored raw for matching; they are personal data, never exposed or logged.
function personalIdColumns(f: Fields): Row {
  return {
    legal_rep_id_type: f.text('CF_FR_ZJLX'),
    legal_rep_id_number: f.text('CF_FR_ZJHM'),
    person_id_type: f.text('CF_XDR_ZJLX'),
    person_id_number: f.text('CF_XDR_ZJHM'),
  };
}

/** What was decided: the text fields, kinds, money and dates. */
function decisionColumns(f: Fields): Row {
  const validity = f.validityEnd('CF_YXQ');
  return {
    violation_type: f.text('CF_WFXW'),
    facts: f.text('CF_SY'),
    legal_basis: f.text('CF_YJ'),
    kinds: splitPenaltyKinds(f.text('CF_CFLB')),
    content: f.text('CF_NR'),
    ...wanAmountColumns(f, 'CF_NR_FK', 'fine'),
    ...wanAmountColumns(f, 'CF_NR_WFFF', 'confiscated'),
    licence_affected: f.text('CF_NR_ZKDX'),
    decision_date: f.requiredDate('CF_JDRQ'),
    // The penalty table has no long-term flag: a long-term validity keeps its sentinel day.
    valid_until: validity.longTerm ? LONG_TERM_SENTINEL : validity.date,
    publicity_end: f.date('CF_GSJZQ'),
    data_source_name: f.text('CF_SJLY'),
    data_source_code: f.text('CF_SJLYDM'),
    remark: f.text('BZ'),
  };
}

/** `/credit/sgs/xzcf` row → `credit.penalty` (行政处罚), keyed `CF_WSH|CF_CFJGDM`. */
export const convertPenalty: Converter<PenaltyWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${f.required('CF_WSH')}|${f.required('CF_CFJGDM')}`,
    (f, key) => {
      const authorityCode = f.required('CF_CFJGDM');
      const subject = readSubject(
        f,
        { name: 'CF_XDR_MC', category: 'CF_XDR_LB', uscc: 'CF_XDR_SHXYM', legalRep: 'CF_FRDB' },
        { hasRegNumberColumn: true },
      );
      const change = changeColumns(f, ctx, key);
      const row: Row = {
        decision_number: f.required('CF_WSH'),
        authority_code: authorityCode,
        authority_name: f.required('CF_CFJG'),
        ...subject.columns,
        ...legacyIdColumns(f, subject.registrationNumber),
        ...personalIdColumns(f),
        ...decisionColumns(f),
        region_code: authorityRegion(authorityCode),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
