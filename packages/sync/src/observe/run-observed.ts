import type { DataSource } from 'typeorm';
import type { SourceSpec } from '../kit/table';
import type { SyncCounts } from '../runner/counts';
import { runSource, type RunOptions } from '../runner/run-source';
import { observeRun } from './run-observer';

export type ObservedRunOptions = RunOptions;

/**
 * `runSource` with the run metrics fed: every committed batch, then the final status and duration.
 * What the sync CLI and the worker call; the caller's own `onBatch` still runs after the metrics'.
 */
export async function runSourceObserved<W, S>(db: DataSource, source: SourceSpec<W, S>, options: ObservedRunOptions): Promise<SyncCounts> {
  const observer = observeRun(source.name);
  return runSource(db, source, {
    ...options,
    onBatch: (counts) => {
      observer.onBatch(counts);
      options.onBatch?.(counts);
    },
    onFinish: (status, counts) => {
      observer.finish(status, counts);
      options.onFinish?.(status, counts);
    },
  });
}
