import {
  byKey, countRows, fetchKeysetPage, SqlWhere, toConnection, userInputError,
  type ConnectionValue, type Logger, type LoaderRegistry, type Queryable,
} from '@keyfield/core';
import type { Actor } from '../access/assert-admin';
import { parseId } from '../shared/ids';
import type { SourceRegistry } from '../shared/source-registry';
import { HELD_COLUMNS, toHeldSnapshot, type HeldRow } from './held-snapshot.row';
import type { HeldSnapshot } from './held-snapshot.type';
import type { HeldSnapshotFilter } from './held-snapshot.inputs';

const STATUSES = ['held', 'released', 'discarded'];

/** A decision on a held snapshot: released (apply it) or discarded (keep the stored records). */
export type HeldDecision = 'released' | 'discarded';

/**
 * Reads `sync.held_snapshot` and records operators' decisions on it. Applying a released snapshot
 * is the sync engine's: its next full run of the source applies it; nothing here touches records.
 */
export class HeldSnapshotService {
  constructor(private readonly db: Queryable, private readonly sources: SourceRegistry, private readonly logger: Logger) {}

  async list(args: { filter?: HeldSnapshotFilter; first: number; after?: string | null }): Promise<ConnectionValue<HeldSnapshot>> {
    const where = new SqlWhere();
    const { source, status } = args.filter ?? {};
    if (source !== undefined && source !== null) where.add('h.source = ?', this.sources.get(source, 'filter.source').name);
    if (status !== undefined && status !== null) {
      if (!STATUSES.includes(status)) throw userInputError('filter.status', `"${status}" is no status of a held snapshot`, `Use one of ${STATUSES.join(', ')}`);
      where.add('h.status = ?', status);
    }
    const page = await fetchKeysetPage<HeldRow>(this.db, {
      select: HELD_COLUMNS, from: 'sync.held_snapshot h', where, order: { columns: ['h.id'], direction: 'DESC' },
      first: args.first, after: args.after, keyOf: (r) => [r.id],
    });
    return toConnection(page, toHeldSnapshot, () => countRows(this.db, 'sync.held_snapshot h', where));
  }

  async get(rawId: string): Promise<HeldSnapshot | null> {
    const rows = (await this.db.query(`SELECT ${HELD_COLUMNS} FROM sync.held_snapshot h WHERE h.id = $1`, [parseId(rawId, 'id')])) as HeldRow[];
    return rows[0] ? toHeldSnapshot(rows[0]) : null;
  }

  /** The snapshot of `source` awaiting a decision, if any (at most one per source). */
  openFor(loaders: LoaderRegistry, source: string): Promise<HeldSnapshot | null> {
    return loaders.get<string, HeldSnapshot | null>('held:open', async (names) => {
      const rows = (await this.db.query(`SELECT ${HELD_COLUMNS} FROM sync.held_snapshot h WHERE h.status = 'held' AND h.source = ANY($1::text[])`, [names])) as HeldRow[];
      return byKey(names, rows.map(toHeldSnapshot), (h) => h.source);
    }).load(source);
  }

  /** Records the decision on a snapshot still held; any other state is the caller's mistake. */
  async decide(rawId: string, decision: HeldDecision, actor: Actor): Promise<HeldSnapshot> {
    const id = parseId(rawId, 'id');
    const updated = (await this.db.query(
      `WITH d AS (UPDATE sync.held_snapshot SET status = $2, decided_at = now(), decided_by = $3 WHERE id = $1 AND status = 'held' RETURNING *)
       SELECT ${HELD_COLUMNS} FROM d h`,
      [id, decision, actor.name],
    )) as HeldRow[];
    if (updated[0]) {
      this.logger.info({ heldSnapshot: id, source: updated[0].source, decision, actor: actor.name }, 'held snapshot decided');
      return toHeldSnapshot(updated[0]);
    }
    const existing = await this.get(id);
    if (!existing) throw userInputError('id', `no held snapshot has id ${id}`, 'Pass the id of a snapshot from heldSnapshots or syncSource { heldSnapshot { id } }');
    throw userInputError('id', `held snapshot ${id} was already ${existing.status}${existing.decidedBy ? ` by ${existing.decidedBy}` : ''} at ${existing.decidedAt ?? 'an earlier time'}`,
      'Only a snapshot whose status is held can be released or discarded');
  }
}
