import { createLogger, type Logger } from '@keyfield/core';
import {
  lineProgress, readRunSettings, replaySource, runSourceObserved, SourceBusyError, syncProgressFor, withSourceLock,
  type AnySource, type RunSettings, type SyncCounts, type SyncProgress,
} from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { creditDataSource } from '../../services/credit/src/db';

export interface RunSyncsOptions {
  /** How progress is shown; default: a bar per source on a terminal, plain lines otherwise. */
  progress?: SyncProgress;
  /** incremental (from the cursor), full (complete pull, reconciled), or replay (archived bytes, no fetch). */
  mode?: 'incremental' | 'full' | 'replay';
}

/** Plain lines on stdout whatever it is (`npm run sync -- --plain`). */
export const plainProgress = (names: readonly string[]): SyncProgress => lineProgress((line) => process.stdout.write(line), names);

/** A full run's drift report, one line. */
function driftLine(counts: SyncCounts, status: string): string {
  const outcome = status === 'held' ? 'held for release (sync.held_snapshot)' : `${counts.withdrawn} withdrawn`;
  return `${counts.source}: ${counts.stored} stored, ${counts.pulled} in the complete pull, ${counts.vanishing} no longer upstream → ${outcome}\n`;
}

interface Ctx {
  db: DataSource;
  logger: Logger;
  progress: SyncProgress;
  settings: RunSettings;
  mode: NonNullable<RunSyncsOptions['mode']>;
  drift: string[];
}

/** One source, in the mode asked for, with progress shown and a full run's drift noted. */
async function runOne(ctx: Ctx, source: AnySource): Promise<SyncCounts> {
  const { db, logger, progress, settings } = ctx;
  if (ctx.mode === 'replay') {
    const counts = await replaySource(db, source, { logger, groupRecords: settings.groupRecords });
    progress.finish(source.name, 'succeeded', counts);
    return counts;
  }
  return runSourceObserved(db, source, {
    logger, mode: ctx.mode, holdShare: settings.holdShare, groupRecords: settings.groupRecords,
    onBatch: (counts) => progress.batch(source.name, counts),
    onFinish: (status, counts) => {
      progress.finish(source.name, status, counts);
      if (counts.stored !== null) ctx.drift.push(driftLine(counts, status));
    },
  });
}

/**
 * Runs each source in turn against `url`, with the run metrics fed, showing progress as it goes.
 * Each run holds the source's lock, as a worker's does: a source a worker is syncing is skipped.
 */
export async function runSyncs(url: string, sources: AnySource[], logger: Logger = createLogger('sync', 'warn'), options: RunSyncsOptions = {}): Promise<SyncCounts[]> {
  const db = creditDataSource(url, 4);
  await db.initialize();
  const ctx: Ctx = {
    db, logger, settings: readRunSettings(), mode: options.mode ?? 'incremental', drift: [],
    progress: options.progress ?? syncProgressFor(process.stdout, sources.map((s) => s.name)),
  };
  const results: SyncCounts[] = [];
  try {
    for (const source of sources) {
      ctx.progress.start(source.name);
      try {
        results.push(await withSourceLock(url, source.name, logger, () => runOne(ctx, source)));
      } catch (err) {
        if (!(err instanceof SourceBusyError)) throw err;
        process.stderr.write(`${source.name}: skipped, a worker is syncing it now\n`);
      }
    }
  } finally {
    ctx.progress.stop();
    for (const line of ctx.drift) process.stdout.write(line);
    await db.destroy();
  }
  return results;
}
