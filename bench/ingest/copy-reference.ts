import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

const COLUMNS_SQL = `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS cols
  FROM information_schema.columns WHERE table_schema = 'credit' AND table_name = 'penalty' AND column_name <> 'id'`;

/** Exports the stored penalties (every column but the identity) to a CSV file: the rows COPY will load. */
export async function exportPenalties(url: string, file: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ cols }] = (await client.query(COLUMNS_SQL)).rows as [{ cols: string }];
    await pipeline(client.query(copyTo(`COPY (SELECT ${cols} FROM credit.penalty) TO STDOUT WITH (FORMAT csv)`)), createWriteStream(file));
    return cols;
  } finally {
    await client.end();
  }
}

/** COPYs the CSV file into credit.penalty (same table, same indexes); resolves to the seconds it took. */
export async function copyPenalties(url: string, file: string, cols: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    await pipeline(createReadStream(file), client.query(copyFrom(`COPY credit.penalty (${cols}) FROM STDIN WITH (FORMAT csv)`)));
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await client.end();
  }
}
