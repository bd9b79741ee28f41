import { createLogger, type Logger } from '@keyfield/core';
import { runSource, type AnySource, type SyncCounts } from '@keyfield/sync';
import { creditDataSource } from '../../services/credit/src/db';

const COLUMNS = ['fetched', 'inserted', 'updated', 'unchanged', 'withdrawn', 'quarantined'] as const;

/** Runs each source in turn against `url`; prints one line per source as it finishes. */
export async function runSyncs(url: string, sources: AnySource[], logger: Logger = createLogger('sync', 'warn')): Promise<SyncCounts[]> {
  const db = creditDataSource(url, 4);
  await db.initialize();
  const results: SyncCounts[] = [];
  try {
    console.log(['source'.padEnd(16), ...COLUMNS.map((c) => c.padStart(12))].join(''));
    for (const source of sources) {
      const counts = await runSource(db, source, { logger });
      results.push(counts);
      console.log([source.name.padEnd(16), ...COLUMNS.map((c) => String(counts[c]).padStart(12))].join(''));
    }
  } finally {
    await db.destroy();
  }
  return results;
}
