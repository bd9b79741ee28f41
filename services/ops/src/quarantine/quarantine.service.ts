import {
  byKey, countRows, fetchKeysetPage, toConnection,
  type ConnectionValue, type LoaderRegistry, type Queryable,
} from '@keyfield/core';
import { parseId } from '../shared/ids';
import type { SourceRegistry } from '../shared/source-registry';
import { ENTRY_COLUMNS, RAW_PAGE_COLUMNS, toEntry, type EntryRow, type RawPageRow } from './quarantine.row';
import type { QuarantineEntry } from './quarantine-entry.type';
import type { QuarantineFilter } from './quarantine.inputs';
import type { QuarantineReasonCount } from './quarantine-summary.type';
import { quarantineWhere } from './quarantine-where';
import type { RawPage } from './raw-page.type';

/** Reads `sync.quarantine` (隔离区) and the raw pages its entries point at. */
export class QuarantineService {
  constructor(private readonly db: Queryable, private readonly sources: SourceRegistry) {}

  /** A page of entries, newest first; the count runs only when totalCount is selected. */
  async list(args: { filter?: QuarantineFilter; first: number; after?: string | null }): Promise<ConnectionValue<QuarantineEntry>> {
    const where = quarantineWhere(args.filter, this.sources);
    const page = await fetchKeysetPage<EntryRow>(this.db, {
      select: ENTRY_COLUMNS, from: 'sync.quarantine q', where, order: { columns: ['q.id'], direction: 'DESC' },
      first: args.first, after: args.after, keyOf: (r) => [r.id],
    });
    return toConnection(page, toEntry, () => countRows(this.db, 'sync.quarantine q', where));
  }

  /** One entry by id; null when there is none. */
  async get(rawId: string): Promise<QuarantineEntry | null> {
    const rows = (await this.db.query(`SELECT ${ENTRY_COLUMNS} FROM sync.quarantine q WHERE q.id = $1`, [parseId(rawId, 'id')])) as EntryRow[];
    return rows[0] ? toEntry(rows[0]) : null;
  }

  /** Open entries counted per source, stage and reason, largest first within a source. */
  async summary(source?: string | null): Promise<QuarantineReasonCount[]> {
    const name = source === undefined || source === null ? null : this.sources.get(source, 'source').name;
    return (await this.db.query(
      `SELECT source, reason, stage, count(*)::int AS count FROM sync.quarantine
       WHERE resolved_at IS NULL AND ($1::text IS NULL OR source = $1)
       GROUP BY source, reason, stage ORDER BY source, count DESC, reason`,
      [name],
    )) as QuarantineReasonCount[];
  }

  /** Open entries of `source`; all sources of a request in one query. */
  openCount(loaders: LoaderRegistry, source: string): Promise<number> {
    return loaders.get<string, number>('quarantine:open', async (names) => {
      const rows = (await this.db.query(
        'SELECT source, count(*)::int AS n FROM sync.quarantine WHERE resolved_at IS NULL AND source = ANY($1::text[]) GROUP BY source',
        [names],
      )) as { source: string; n: number }[];
      return byKey(names, rows, (r) => r.source).map((r) => r?.n ?? 0);
    }).load(source);
  }

  /** The raw page an entry points at; all entries of a page in one query. */
  rawPage(loaders: LoaderRegistry, id: string): Promise<RawPage | null> {
    return loaders.get<string, RawPage | null>('quarantine:raw-page', async (ids) => {
      const rows = (await this.db.query(`SELECT ${RAW_PAGE_COLUMNS} FROM sync.raw_page p WHERE p.id = ANY($1::bigint[])`, [ids])) as RawPageRow[];
      return byKey(ids, rows, (r) => r.id);
    }).load(id);
  }
}
