import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createTestDatabase } from '@keyfield/core';
import { replaySource, runSource } from '@keyfield/sync';
import { startChild, stopChildren, waitForHealthy } from '../../scripts/lib/children';
import { prepareDatabase } from '../../scripts/lib/database';
import { loadConfig } from '../../services/credit/src/config';
import { creditSources } from '../../services/credit/src/connectors/credit/spec';
import { creditDataSource } from '../../services/credit/src/db';
import { freePort } from '../lib/free-port';
import { machine } from '../lib/machine';
import { writeResults } from '../lib/results';
import { printTable } from '../lib/table';
import { copyPenalties, exportPenalties } from './copy-reference';

/** Seconds `work` takes. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * bench/ingest: penalties from the simulator into credit.penalty, measured three ways in one run —
 * end to end (HTTP, decode, convert, upsert), the load stage alone (archived bytes → decode, convert,
 * upsert; no HTTP), and a plain COPY of the same rows into the same table — and compared.
 */
export async function benchIngest(rows: number): Promise<void> {
  const logger = createLogger('bench', 'warn');
  const database = await createTestDatabase('kf_bench_ingest');
  const port = await freePort();
  const simulator = startChild('simulator', 'simulator/src/index.ts', { SIMULATOR_PORT: String(port), SIMULATOR_SIZE: String(rows), LOG_LEVEL: 'warn' });
  const csv = join(tmpdir(), `kf-bench-ingest-${process.pid}.csv`);
  const db = creditDataSource(database.url, 4);
  try {
    await prepareDatabase(database.url);
    await db.initialize();
    await waitForHealthy('simulator', `http://127.0.0.1:${port}/_sim/health`, 120_000);
    const source = creditSources({ ...loadConfig({}), upstreamCreditUrl: `http://127.0.0.1:${port}` }).find((s) => s.name === 'credit/xzcf');
    if (!source) throw new Error('credit/xzcf missing');
    console.log(`ingesting ${rows} penalties…`);
    let fetched = 0;
    const endToEnd = await timed(async () => { fetched = (await runSource(db, source, { logger })).fetched; });
    const [{ stored }] = (await db.query('SELECT count(*)::int AS stored FROM credit.penalty')) as [{ stored: number }];
    const cols = await exportPenalties(database.url, csv);
    await db.query('TRUNCATE credit.penalty');
    const copy = await copyPenalties(database.url, csv, cols);
    await db.query('TRUNCATE credit.penalty');
    const load = await timed(() => replaySource(db, source, { logger }));
    const copyRate = stored / copy;
    const result = [
      { stage: 'COPY (reference)', rows: stored, seconds: copy, rowsPerSecond: copyRate },
      { stage: 'load stage', rows: stored, seconds: load, rowsPerSecond: stored / load },
      { stage: 'end to end', rows: fetched, seconds: endToEnd, rowsPerSecond: fetched / endToEnd },
    ];
    printTable(['stage', 'rows', 'seconds', 'rows/s', '× COPY'], result.map((r) => [r.stage, r.rows, r.seconds.toFixed(1), Math.round(r.rowsPerSecond), (r.rowsPerSecond / copyRate).toFixed(2)]));
    console.log(`results: ${writeResults('ingest', { rows, machine: await machine(db), result })}`);
  } finally {
    rmSync(csv, { force: true });
    if (db.isInitialized) await db.destroy();
    await stopChildren([simulator]);
    await database.drop();
  }
}
