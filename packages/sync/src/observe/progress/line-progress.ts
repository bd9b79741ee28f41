import type { SyncCounts } from '../../runner/counts';
import { PROGRESS_COLUMNS, type SyncProgress } from './sync-progress';

/**
 * Plain lines for logs and pipes: a header, then one line of counts per source as it finishes
 * (a status word follows when the run did not succeed).
 */
export function lineProgress(write: (line: string) => void): SyncProgress {
  const line = (cells: string[]): void => write(`${cells.join('')}\n`);
  const countCells = (counts: SyncCounts): string[] => PROGRESS_COLUMNS.map((c) => String(counts[c]).padStart(12));
  line(['source'.padEnd(16), ...PROGRESS_COLUMNS.map((c) => c.padStart(12))]);
  return {
    start: () => undefined,
    batch: () => undefined,
    finish(source, status, counts) {
      line([source.padEnd(16), ...countCells(counts), ...(status === 'succeeded' ? [] : [`  ${status}`])]);
    },
    stop: () => undefined,
  };
}
