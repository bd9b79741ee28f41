import { likePattern, SqlWhere, userInputError } from '@keyfield/core';
import type { SourceRegistry } from '../shared/source-registry';
import type { QuarantineFilter } from './quarantine.inputs';

/** The stages a record can fail at (`Stage` of the sync kit). */
export const STAGES = ['decode', 'parse', 'convert'];

/** The WHERE clause of a quarantine filter (alias `q`); a bad value is BAD_USER_INPUT. */
export function quarantineWhere(filter: QuarantineFilter | undefined, sources: SourceRegistry): SqlWhere {
  const where = new SqlWhere();
  if (!filter) return where;
  if (filter.source !== undefined && filter.source !== null) where.add('q.source = ?', sources.get(filter.source, 'filter.source').name);
  if (filter.stage !== undefined && filter.stage !== null) {
    if (!STAGES.includes(filter.stage)) throw userInputError('filter.stage', `"${filter.stage}" is no stage`, `Use one of ${STAGES.join(', ')}`);
    where.add('q.stage = ?', filter.stage);
  }
  const reason = filter.reason?.trim();
  if (reason) where.add('q.reason ILIKE ?', likePattern(reason));
  if (filter.resolved === true) where.add('q.resolved_at IS NOT NULL');
  if (filter.resolved === false) where.add('q.resolved_at IS NULL');
  return where;
}
