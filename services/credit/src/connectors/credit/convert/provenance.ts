import type { ConvertContext, Operation, Row } from '@keyfield/sync';
import { readDisclosure } from './disclosure';
import { FieldProblem } from './field-problem';
import { readOperation } from './operation';

/** Why a row is withdrawn when the upstream deletes it (policy.md "Withdrawal"). */
export const DELETED_UPSTREAM = '上游删除 — deleted upstream (CZLX=D)';

/** What the provenance columns are made of, read from the record by the caller. */
export interface ProvenanceInput {
  ctx: ConvertContext;
  key: string;
  /** ISO instant of the upstream's last change (SJC at +08:00). */
  changedAt: string;
  /** The field the operation came from, so a bad value is reported by its name. */
  operationField: string;
  operation: string | null;
  disclosure: string | null;
}

/** The shared PROVENANCE columns of every credit table (migration), and the row's operation. */
export function provenance(input: ProvenanceInput): { columns: Row; operation: Operation } {
  const operation = readOperation(input.operation);
  if (operation === undefined) {
    throw new FieldProblem(input.operationField, `未知操作类型 "${input.operation ?? ''}" — expected I, U or D`);
  }
  const deleted = operation === 'D';
  return {
    operation,
    columns: {
      source: input.ctx.source,
      source_key: input.key,
      fetched_at: input.ctx.fetchedAt,
      upstream_changed_at: input.changedAt,
      operation,
      disclosure: readDisclosure(input.disclosure),
      // I and U clear both: a record published again comes back into view.
      withdrawn_at: deleted ? input.changedAt : null,
      withdrawal_reason: deleted ? DELETED_UPSTREAM : null,
    },
  };
}
