import type { ConvertContext, Operation, Row } from '@keyfield/sync';
import { FieldProblem, provenance, type FieldReader } from '../../shared/convert-kit';
import { requireInstant } from '../../shared/instant';
import type { CcgpNoticeWire } from '../wire-types';

/** Why a notice is withdrawn when the site revokes it (policy.md "Withdrawal"). */
export const REVOKED_UPSTREAM = '上游撤销 — revoked on the procurement site (status=revoked)';

/** `status` as an operation: a revoked notice is withdrawn; a normal one updated once republished. */
function operationOf(status: string | null, published: string | null, updated: string): Operation {
  if (status === 'revoked') return 'D';
  if (status !== null && status !== 'normal') throw new FieldProblem('status', `未知状态 "${status}" — expected normal or revoked`);
  return published !== null && published !== updated ? 'U' : 'I';
}

/** Provenance of a ccgp notice: `updateTime` (epoch ms → +08:00), `status` and `gksx`. */
export function ccgpChange(f: FieldReader<CcgpNoticeWire>, ctx: ConvertContext, key: string): { columns: Row; operation: Operation } {
  const changedAt = requireInstant(f.text('updateTime'), 'updateTime');
  const operation = operationOf(f.text('status'), f.text('publishTime'), f.text('updateTime') ?? '');
  const change = provenance({ ctx, key, changedAt, operationField: 'status', operation, disclosure: f.text('gksx') });
  return operation === 'D' ? { ...change, columns: { ...change.columns, withdrawal_reason: REVOKED_UPSTREAM } } : change;
}
