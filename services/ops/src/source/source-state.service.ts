import { byKey, type LoaderRegistry, type Queryable } from '@keyfield/core';
import { cursorLagSeconds } from '@keyfield/sync';
import { systemOf, type SourceRegistry } from '../shared/source-registry';
import { shanghaiIso } from '../shared/timestamps';
import type { SyncSource } from './sync-source.type';

/** A source's committed cursor (`sync.state`). */
export interface CursorState {
  source: string;
  cursor: unknown;
  updatedAt: string;
}

/** The configured sources and their cursor state (`sync.state`). */
export class SourceStateService {
  constructor(private readonly db: Queryable, private readonly sources: SourceRegistry, private readonly clockMs: () => number = Date.now) {}

  all(): SyncSource[] {
    return this.sources.all().map((s) => ({ name: s.name, system: systemOf(s.name), table: s.table.table }));
  }

  /** The source named `name`; BAD_USER_INPUT listing the known ones otherwise. */
  one(name: string): SyncSource {
    const s = this.sources.get(name, 'name');
    return { name: s.name, system: systemOf(s.name), table: s.table.table };
  }

  /** The committed cursor of `source`, or null before its first committed batch; batched. */
  cursor(loaders: LoaderRegistry, source: string): Promise<CursorState | null> {
    return loaders.get<string, CursorState | null>('state:cursor', async (names) => {
      const rows = (await this.db.query(
        `SELECT source, cursor, ${shanghaiIso('updated_at')} AS "updatedAt" FROM sync.state WHERE source = ANY($1::text[])`,
        [names],
      )) as CursorState[];
      return byKey(names, rows, (r) => r.source);
    }).load(source);
  }

  /** Seconds the cursor is behind now (since-cursors), null when unknown. */
  lagSeconds(state: CursorState | null): number | null {
    return state ? cursorLagSeconds(state.cursor, this.clockMs()) : null;
  }
}
