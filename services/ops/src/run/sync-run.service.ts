import {
  byKey, countRowsByParent, fetchKeysetPagesByParent, SqlWhere, toConnection,
  type ConnectionValue, type KeysetPage, type LoaderRegistry, type Queryable,
} from '@keyfield/core';
import { RUN_COLUMNS, toRun, type RunRow } from './sync-run.row';
import type { SyncRun } from './sync-run.type';

const ORDER = { columns: ['r.id'], direction: 'DESC' as const };
const EMPTY: KeysetPage<RunRow> = { rows: [], cursors: [], hasNextPage: false, endCursor: null };

/** Reads `sync.run`: each source's history, its last finished run and its running one, batched. */
export class SyncRunService {
  constructor(private readonly db: Queryable) {}

  /** A page of one source's runs, newest first; all sources of a request in one query. */
  forSource(loaders: LoaderRegistry, source: string, args: { first: number; after?: string | null }): Promise<ConnectionValue<SyncRun>> {
    const signature = `runs:${JSON.stringify([args.first, args.after ?? null])}`;
    const pages = loaders.get<string, KeysetPage<RunRow>>(`${signature}:page`, async (sources) => {
      const byParent = await fetchKeysetPagesByParent<RunRow>(this.db, {
        select: RUN_COLUMNS, from: 'sync.run r', parentColumn: 'r.source', parents: sources, where: new SqlWhere(),
        order: ORDER, first: args.first, after: args.after, keyOf: (r) => [r.id],
      });
      return sources.map((s) => byParent.get(s) ?? EMPTY);
    });
    const counts = loaders.get<string, number>(`${signature}:count`, async (sources) => {
      const byParent = await countRowsByParent(this.db, 'sync.run r', 'r.source', sources, new SqlWhere());
      return sources.map((s) => byParent.get(s) ?? 0);
    });
    return pages.load(source).then((page) => toConnection(page, toRun, () => counts.load(source)));
  }

  /** The newest run of `source` that has ended, whatever its status. */
  lastFinished(loaders: LoaderRegistry, source: string): Promise<SyncRun | null> {
    return loaders.get<string, SyncRun | null>('runs:last', async (sources) => {
      const rows = (await this.db.query(
        `SELECT ${RUN_COLUMNS} FROM unnest($1::text[]) AS s(name)
         CROSS JOIN LATERAL (SELECT * FROM sync.run WHERE source = s.name AND status <> 'running'
           ORDER BY started_at DESC, id DESC LIMIT 1) r`,
        [sources],
      )) as RunRow[];
      return byKey(sources, rows.map(toRun), (r) => r.source);
    }).load(source);
  }

  /** The run of `source` in progress (the newest, should a dead one not have been reaped yet). */
  current(loaders: LoaderRegistry, source: string): Promise<SyncRun | null> {
    return loaders.get<string, SyncRun | null>('runs:current', async (sources) => {
      const rows = (await this.db.query(
        `SELECT DISTINCT ON (r.source) ${RUN_COLUMNS} FROM sync.run r
         WHERE r.status = 'running' AND r.source = ANY($1::text[]) ORDER BY r.source, r.id DESC`,
        [sources],
      )) as RunRow[];
      return byKey(sources, rows.map(toRun), (r) => r.source);
    }).load(source);
  }
}
