import { barProgress } from './bar-progress';
import { lineProgress } from './line-progress';
import type { SyncProgress } from './sync-progress';

export type { SyncProgress } from './sync-progress';
export { PROGRESS_COLUMNS } from './sync-progress';
export { barProgress } from './bar-progress';
export { lineProgress } from './line-progress';

/** Bars on a terminal, plain lines anywhere else (CI logs, pipes, files). */
export function syncProgressFor(stream: NodeJS.WriteStream, names: readonly string[]): SyncProgress {
  return stream.isTTY ? barProgress(stream, names) : lineProgress((line) => stream.write(line), names);
}
