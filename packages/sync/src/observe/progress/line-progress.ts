import type { SyncCounts } from '../../runner/counts';
import { PROGRESS_COLUMNS, type SyncProgress } from './sync-progress';

/**
 * Plain lines for logs and pipes: a header, then one line of counts per source as it finishes
 * (a status word follows when the run did not succeed); the source column fits the longest of `names`.
 */
export function lineProgress(write: (line: string) => void, names: readonly string[] = []): SyncProgress {
  const width = Math.max(16, ...names.map((n) => n.length + 1));
  const line = (cells: string[]): void => write(`${cells.join('')}\n`);
  const countCells = (counts: SyncCounts): string[] => PROGRESS_COLUMNS.map((c) => String(counts[c]).padStart(12));
  line(['source'.padEnd(width), ...PROGRESS_COLUMNS.map((c) => c.padStart(12))]);
  return {
    start: () => undefined,
    batch: () => undefined,
    finish(source, status, counts) {
      line([source.padEnd(width), ...countCells(counts), ...(status === 'succeeded' ? [] : [`  ${status}`])]);
    },
    stop: () => undefined,
  };
}
