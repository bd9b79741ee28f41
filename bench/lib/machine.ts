import os from 'node:os';
import type { DataSource } from 'typeorm';

/** What the numbers were measured on, written beside them. */
export async function machine(db: DataSource): Promise<Record<string, string | number>> {
  const [pg] = (await db.query('SHOW server_version')) as { server_version: string }[];
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: pg?.server_version ?? 'unknown',
  };
}
