import { resolve } from 'node:path';
import { installSqlCounter } from './sql-counter';

/** Boots `BENCH_ENTRY` (a service's index.ts) with the SQL counter installed first. */
const entry = process.env['BENCH_ENTRY'];
const dir = process.env['BENCH_SQL_COUNT_DIR'];
if (!entry || !dir) throw new Error('BENCH_ENTRY and BENCH_SQL_COUNT_DIR must be set');
installSqlCounter(dir);
require(resolve(entry));
