import type { Logger } from '@keyfield/core';
import { closeQuarantine } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/assert-admin';
import { parseIds, unknownIdsError } from '../shared/ids';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './quarantine.row';
import { ResolveOutcome, type ResolveResult } from './resolve-result.type';

/**
 * Closes quarantine entries by hand, storing nothing: for records that are known bad upstream and
 * will come again corrected, or that nobody needs. One transaction for the whole list.
 */
export class ResolveService {
  constructor(private readonly db: DataSource, private readonly logger: Logger) {}

  async resolve(rawIds: readonly string[], note: string | null | undefined, actor: Actor): Promise<ResolveResult[]> {
    const ids = parseIds(rawIds, 'ids');
    const results = await this.db.transaction(async (tx) => {
      const found = (await tx.query(
        'SELECT q.id::text AS id, q.resolved_at IS NOT NULL AS resolved FROM sync.quarantine q WHERE q.id = ANY($1::bigint[]) ORDER BY q.id FOR UPDATE',
        [ids],
      )) as { id: string; resolved: boolean }[];
      const missing = ids.filter((id) => !found.some((f) => f.id === id));
      if (missing.length > 0) throw unknownIdsError('ids', 'quarantine entry', missing, 'Pass ids from the quarantine list (quarantine { nodes { id } })');
      const closing = found.filter((f) => !f.resolved).map((f) => f.id);
      await closeQuarantine(tx, closing, 'resolved', actor.name, note ?? null);
      const rows = (await tx.query(`SELECT ${ENTRY_COLUMNS} FROM sync.quarantine q WHERE q.id = ANY($1::bigint[])`, [ids])) as EntryRow[];
      return ids.map((id): ResolveResult => {
        const row = rows.find((r) => r.id === id) as EntryRow;
        return { id, outcome: closing.includes(id) ? ResolveOutcome.RESOLVED : ResolveOutcome.ALREADY_RESOLVED, entry: toEntry(row) };
      });
    });
    this.logger.info({ quarantineIds: ids, resolved: results.filter((r) => r.outcome === ResolveOutcome.RESOLVED).length, note: note ?? null, actor: actor.name }, 'quarantine entries resolved by hand');
    return results;
  }
}
