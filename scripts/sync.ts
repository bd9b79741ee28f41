import 'reflect-metadata';
import { createLogger, databaseUrlOf } from '@keyfield/core';
import { loadConfig } from '../services/credit/src/config';
import { runSyncs } from './lib/run-syncs';
import { allSources } from '../services/sources';

/**
 * `npm run sync -- <source…>`: pulls the named sources (all when none, or a prefix such as
 * `credit`) from their stored cursors and prints per-source counts.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const sources = allSources(config);
  const chosen = wanted.length === 0 ? sources : sources.filter((s) => wanted.some((w) => s.name === w || s.name.startsWith(`${w}/`)));
  if (chosen.length === 0) {
    console.error(`No source matches ${wanted.join(', ')}. Known: ${sources.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  await runSyncs(databaseUrlOf(config), chosen, createLogger('sync', config.logLevel === 'info' ? 'warn' : config.logLevel));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
