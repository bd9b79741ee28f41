import type { Row } from '@keyfield/sync';
import { FieldProblem } from './field-problem';
import type { FieldOf, FieldReader } from './field-reader';
import { subjectCode } from './subject-code';
import { subjectKindOf, type SubjectKind } from './subject-kind';

/** Where a stream keeps the subject block (行政相对人) shared by penalties and permits. */
export interface SubjectFields<W> {
  name: FieldOf<W>;
  category: FieldOf<W>;
  uscc: FieldOf<W>;
  legalRep: FieldOf<W>;
}

/** The SUBJECT columns of the migration, the subject's kind and any registration number found. */
export interface Subject {
  columns: Row;
  kind: SubjectKind;
  registrationNumber: string | null;
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
  return {
    kind,
    registrationNumber: code.registrationNumber,
    columns: {
      subject_name: name,
      subject_category: category,
      subject_kind: kind,
      ...code.columns,
      legal_rep: f.text(fields.legalRep),
    },
  };
}
