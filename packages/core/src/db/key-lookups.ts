import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { Queryable } from '../pagination/keyset';

/** Statement texts named per DataSource at most; a service's lookups have a few dozen. */
const MAX_NAMED = 500;

interface Named {
  names: Map<string, string>;
  listeners: Set<(sql: string) => void>;
  lookups?: Queryable;
}

const named = new WeakMap<DataSource, Named>();

function namedOf(dataSource: DataSource): Named {
  let entry = named.get(dataSource);
  if (!entry) named.set(dataSource, (entry = { names: new Map(), listeners: new Set() }));
  return entry;
}

function nameOf(entry: Named, sql: string): string | undefined {
  let name = entry.names.get(sql);
  if (name || entry.names.size >= MAX_NAMED) return name;
  name = `kf_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  entry.names.set(sql, name);
  return name;
}

/**
 * Runs a service's key lookups (`… WHERE key = ANY($1)`, the batched loads of a request) as named
 * prepared statements on the pool's connections, outside TypeORM's query runner: each text is parsed
 * once per connection, and after five runs Postgres keeps the generic plan when it costs no more,
 * so a batch of 500 keys is not planned again for every request. Only for statements whose plan does
 * not hang on their values: a list filtered by a region prefix (`LIKE $1`) and a date range keeps
 * custom plans through `DataSource.query` (measured: its generic plan doubled Postgres's time).
 * Errors come as TypeORM reports them (`QueryFailedError`, the pg error's code on it).
 */
export function keyLookups(dataSource: DataSource): Queryable {
  const entry = namedOf(dataSource);
  // One per DataSource: readers ask for it on every batched load.
  return (entry.lookups ??= {
    async query(sql: string, params: unknown[] = []): Promise<unknown> {
      for (const listener of entry.listeners) listener(sql);
      // TypeORM's PostgresDriver keeps its pg Pool as `master`.
      const pool = (dataSource.driver as unknown as { master: Pool }).master;
      try {
        return (await pool.query({ name: nameOf(entry, sql), text: sql, values: params })).rows;
      } catch (err) {
        throw new QueryFailedError(sql, params, err as Error);
      }
    },
  });
}

/** Calls `listener` with every statement `keyLookups` sends for this DataSource; returns how to stop. */
export function onKeyLookup(dataSource: DataSource, listener: (sql: string) => void): () => void {
  const { listeners } = namedOf(dataSource);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
