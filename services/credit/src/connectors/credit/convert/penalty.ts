import { LONG_TERM_SENTINEL } from '@keyfield/core';
import { accept, type ConvertContext, type Converter, type Operation, type Row } from '@keyfield/sync';
import type { PenaltyWire } from '../wire-types';
import { authorityRegion } from './authority-region';
import { changeColumns } from './change-columns';
import { convertRecord } from './convert-record';
import type { FieldReader } from './field-reader';
import { splitPenaltyKinds } from './penalty-kinds';
import { readSubject, subjectColumns, type Subject, type SubjectFields } from './subject';
import { readWanAmount, type WanAmount } from './wan-amount';

type Fields = FieldReader<PenaltyWire>;

const SUBJECT_FIELDS: SubjectFields<PenaltyWire> = { name: 'CF_XDR_MC', category: 'CF_XDR_LB', uscc: 'CF_XDR_SHXYM', legalRep: 'CF_FRDB' };

/** Every field of a penalty that can reject it, read before the row is laid out. */
interface Checked {
  decisionNumber: string;
  authorityCode: string;
  subject: Subject;
  change: { columns: Row; operation: Operation };
  authorityName: string;
  validUntil: string | null;
  fine: Readonly<WanAmount>;
  confiscated: Readonly<WanAmount>;
  decisionDate: string;
  publicityEnd: string | null;
}

/** The penalty table has no long-term flag: a long-term validity keeps its sentinel day. */
function readValidUntil(f: Fields): string | null {
  const validity = f.validityEnd('CF_YXQ');
  return validity.longTerm ? LONG_TERM_SENTINEL : validity.date;
}

// The order is the order of the reasons: a record with several bad fields is rejected for the first.
function readChecked(f: Fields, ctx: ConvertContext, key: string): Checked {
  return {
    decisionNumber: f.required('CF_WSH'),
    authorityCode: f.required('CF_CFJGDM'),
    subject: readSubject(f, SUBJECT_FIELDS, { hasRegNumberColumn: true }),
    change: changeColumns(f, ctx, key),
    authorityName: f.required('CF_CFJG'),
    validUntil: readValidUntil(f),
    fine: readWanAmount(f, 'CF_NR_FK'),
    confiscated: readWanAmount(f, 'CF_NR_WFFF'),
    decisionDate: f.requiredDate('CF_JDRQ'),
    publicityEnd: f.date('CF_GSJZQ'),
  };
}

/**
 * The columns of `credit.penalty`, in table order: the authority, the subject, its legacy and
 * personal ids, what was decided (text, kinds, money, dates), the region and the provenance. What
 * is left to read here is text, which cannot reject the record.
 * Id numbers are stored raw for matching; they are personal data, never exposed or logged.
 */
function penaltyRow(f: Fields, c: Checked): Row {
  const { subject, fine, confiscated } = c;
  return {
    decision_number: c.decisionNumber,
    authority_code: c.authorityCode,
    authority_name: c.authorityName,
    ...subjectColumns(subject),
    // A registration number found in the USCC field fills a gap.
    reg_number: f.text('CF_XDR_GSZC') ?? subject.code.registrationNumber,
    org_code: f.text('CF_XDR_ZZJG'),
    tax_reg_number: f.text('CF_XDR_SWDJ'),
    institution_code: f.text('CF_XDR_SYDW'),
    social_org_code: f.text('CF_XDR_SHZZ'),
    legal_rep_id_type: f.text('CF_FR_ZJLX'),
    legal_rep_id_number: f.text('CF_FR_ZJHM'),
    person_id_type: f.text('CF_XDR_ZJLX'),
    person_id_number: f.text('CF_XDR_ZJHM'),
    violation_type: f.text('CF_WFXW'),
    facts: f.text('CF_SY'),
    legal_basis: f.text('CF_YJ'),
    kinds: splitPenaltyKinds(f.text('CF_CFLB')),
    content: f.text('CF_NR'),
    fine_amount: fine.amount,
    fine_unit: fine.unit,
    fine_yuan: fine.yuan,
    confiscated_amount: confiscated.amount,
    confiscated_unit: confiscated.unit,
    confiscated_yuan: confiscated.yuan,
    licence_affected: f.text('CF_NR_ZKDX'),
    decision_date: c.decisionDate,
    valid_until: c.validUntil,
    publicity_end: c.publicityEnd,
    data_source_name: f.text('CF_SJLY'),
    data_source_code: f.text('CF_SJLYDM'),
    remark: f.text('BZ'),
    region_code: authorityRegion(c.authorityCode),
    ...c.change.columns,
  };
}

/** `/credit/sgs/xzcf` row → `credit.penalty` (行政处罚), keyed `CF_WSH|CF_CFJGDM`. */
export const convertPenalty: Converter<PenaltyWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => `${f.required('CF_WSH')}|${f.required('CF_CFJGDM')}`,
    (f, key) => {
      const checked = readChecked(f, ctx, key);
      return accept(penaltyRow(f, checked), key, checked.change.operation);
    },
  );
