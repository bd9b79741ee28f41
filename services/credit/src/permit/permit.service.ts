import { ListReader } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { decisionWhere } from '../shared/decision-filter';
import { recordRule } from '../publicity/listing-rule';
import type { PermitFilter } from './permit.inputs';
import { PERMIT_COLUMNS, toPermit, type PermitRow } from './permit.row';
import type { Permit } from './permit.type';

/** Reads permits, newest decision first: the root list and each organisation's, batched. */
export class PermitService extends ListReader<PermitRow, Permit, PermitFilter, never> {
  constructor(db: DataSource) {
    super(db, {
      name: 'permit',
      from: 'credit.permit x',
      alias: 'x',
      publicity: recordRule,
      select: PERMIT_COLUMNS,
      where: (f) => decisionWhere('x', f, ['subject_name', 'document_number', 'authority_name']).addIf(f?.kind, 'x.kind = ?'),
      order: () => ({ columns: ['x.decision_date', 'x.id'], direction: 'DESC' }),
      keyOf: (r) => [r.decisionDate, r.id],
      toNode: toPermit,
    });
  }
}
