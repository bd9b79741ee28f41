import 'reflect-metadata';
import { createLogger, databaseUrlOf } from '@keyfield/core';
import { loadConfig } from '../services/credit/src/config';
import { plainProgress, runSyncs } from './lib/run-syncs';
import { allSources } from '../services/sources';

/**
 * `npm run sync -- <source…> [--full | --replay] [--plain]`: pulls the named sources (all when none,
 * or a prefix such as `credit`) from their stored cursors; `--full` pulls everything and reports the
 * drift from what is stored (withdrawing what vanished, or holding a large vanishing for release);
 * `--replay` re-converts the archived bytes without fetching. On a terminal a bar per source shows
 * live counts; otherwise (or with `--plain`) one line of counts per source as it finishes.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const sources = allSources();
  const chosen = wanted.length === 0 ? sources : sources.filter((s) => wanted.some((w) => s.name === w || s.name.startsWith(`${w}/`)));
  if (chosen.length === 0) {
    console.error(`No source matches ${wanted.join(', ')}. Known: ${sources.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const logger = createLogger('sync', config.logLevel === 'info' ? 'warn' : config.logLevel);
  const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('-')));
  if (flags.has('--full') && flags.has('--replay')) {
    console.error('Choose one of --full and --replay');
    process.exit(2);
  }
  const mode = flags.has('--full') ? 'full' : flags.has('--replay') ? 'replay' : 'incremental';
  await runSyncs(databaseUrlOf(config), chosen, logger, { mode, ...(flags.has('--plain') ? { progress: plainProgress(chosen.map((s) => s.name)) } : {}) });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
