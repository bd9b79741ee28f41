import { MultiBar, type SingleBar } from 'cli-progress';
import type { SyncCounts } from '../../runner/counts';
import { PROGRESS_COLUMNS, type SyncProgress } from './sync-progress';

const FORMAT = `{name} {bar} {state} | ${PROGRESS_COLUMNS.map((c) => `{${c}} ${c}`).join(' · ')} | {duration_formatted}`;

function payloadOf(counts: SyncCounts | null): Record<string, number> {
  return Object.fromEntries(PROGRESS_COLUMNS.map((c) => [c, counts ? counts[c] : 0]));
}

/**
 * One cli-progress bar per source on a terminal. The upstreams do not say how many records a
 * cursor has left to read, so a bar fills when its source finishes; the live numbers are the counts
 * of committed batches beside it. The cursor stays visible: a Ctrl-C mid-run must not leave it hidden.
 */
export function barProgress(stream: NodeJS.WritableStream, names: readonly string[]): SyncProgress {
  const width = Math.max(16, ...names.map((n) => n.length));
  const multi = new MultiBar({ format: FORMAT, stream, barsize: 12, hideCursor: false, clearOnComplete: false, autopadding: true });
  const bars = new Map<string, SingleBar>();
  const barOf = (source: string): SingleBar => {
    let bar = bars.get(source);
    if (!bar) {
      bar = multi.create(1, 0, { name: source.padEnd(width), state: 'running', ...payloadOf(null) });
      bars.set(source, bar);
    }
    return bar;
  };
  return {
    start: (source) => void barOf(source),
    batch: (source, counts) => barOf(source).update(0, payloadOf(counts)),
    finish: (source, status, counts) => barOf(source).update(1, { state: status === 'succeeded' ? 'done' : status, ...payloadOf(counts) }),
    stop: () => multi.stop(),
  };
}
