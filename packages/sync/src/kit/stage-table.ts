import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { Row } from './conversion';
import { copyData } from './copy-text';

// One stage table per target table and column list, per connection: rows of one converter share it.
const names = new Map<string, string>();

function stageName(table: string, columns: readonly string[]): string {
  const shape = `${table}(${columns.join(',')})`;
  let name = names.get(shape);
  if (!name) {
    name = `pg_temp.sync_stage_${createHash('sha1').update(shape).digest('hex').slice(0, 16)}`;
    names.set(shape, name);
  }
  return name;
}

/**
 * COPYs rows into an empty session-temporary table holding just `columns`, typed as in `table`
 * (created on the connection's first use, emptied at every commit), and returns its name. Must run
 * inside the transaction of `tx`, on `client`, that transaction's connection. Values are cast by the
 * columns' input functions, as `jsonb_populate_recordset` cast them.
 */
export async function stageRows(tx: EntityManager, client: ClientBase, table: string, columns: readonly string[], rows: readonly Row[]): Promise<string> {
  return stageCopy(tx, client, table, columns, copyData(rows, columns));
}

/** As `stageRows`, from COPY text already encoded (lines in `columns` order). */
export async function stageCopy(tx: EntityManager, client: ClientBase, table: string, columns: readonly string[], data: Iterable<Buffer>): Promise<string> {
  const name = stageName(table, columns);
  const list = columns.map((c) => `"${c}"`).join(', ');
  // Emptied here too, for a transaction that writes the same table twice (DELETE, not TRUNCATE:
  // truncating gives the table a new file, and so a catalog update, every time).
  await tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${name} ON COMMIT DELETE ROWS AS SELECT ${list} FROM ${table} WITH NO DATA; DELETE FROM ${name}`);
  await pipeline(Readable.from(data), client.query(copyFrom(`COPY ${name} (${list}) FROM STDIN`)));
  return name;
}
