import type { Row } from '@keyfield/sync';
import { FieldProblem } from './field-problem';
import type { FieldOf, FieldReader } from './field-reader';
import { subjectCode, type SubjectCode } from './subject-code';
import { subjectKindOf, type SubjectKind } from './subject-kind';

/** Where a stream keeps the subject block (行政相对人) shared by penalties and permits. */
export interface SubjectFields<W> {
  name: FieldOf<W>;
  category: FieldOf<W>;
  uscc: FieldOf<W>;
  legalRep: FieldOf<W>;
}

/** The subject block as read: what the SUBJECT columns of the migration hold. */
export interface Subject {
  name: string;
  category: string;
  kind: SubjectKind;
  /** The credit code, its checks, and any registration number found instead. */
  code: Readonly<SubjectCode>;
  legalRep: string | null;
}

/** Reads the subject block. Name and category are required; an unknown category is rejected. */
export function readSubject<W extends object>(
  f: FieldReader<W>,
  fields: SubjectFields<W>,
  table: { hasRegNumberColumn: boolean },
): Subject {
  const name = f.required(fields.name);
  const category = f.required(fields.category);
  const kind = subjectKindOf(category);
  if (kind === undefined) {
    throw new FieldProblem(fields.category, `未知行政相对人类别 "${category}" — expected 法人及非法人组织, 自然人 or 个体工商户`);
  }
  const code = subjectCode(f.text(fields.uscc), kind, table.hasRegNumberColumn);
  return { name, category, kind, code, legalRep: f.text(fields.legalRep) };
}

/** The SUBJECT columns of the migration, in its order. */
export function subjectColumns(subject: Subject): Row {
  return {
    subject_name: subject.name,
    subject_category: subject.category,
    subject_kind: subject.kind,
    uscc: subject.code.uscc,
    uscc_valid: subject.code.valid,
    uscc_warning: subject.code.warning,
    legal_rep: subject.legalRep,
  };
}
