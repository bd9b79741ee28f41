import { Rng } from '../random/rng';

/** A non-decreasing map from record index to `SJC` seconds. */
export interface TimeFn {
  time(index: number): number;
}

/** Shape of a base timeline: upstream pushes arrive in bursts ("blocks") of several rows a second. */
export interface TimelineShape {
  /** First `SJC`, in seconds. */
  readonly startSeconds: number;
  /** Rows in one push burst. */
  readonly rowsPerBlock: number;
  /** Seconds between the starts of two bursts; must exceed the longest burst. */
  readonly blockSpanSeconds: number;
}

/** Gaps in seconds between consecutive rows of a burst; mostly 0, so many rows share one second. */
const GAPS = [0, 0, 0, 0, 0, 1, 1, 1, 2, 4] as const;
const MAX_GAP = 4;

/**
 * The base `SJC` of row i, as a pure function of (seed, i): row i sits in burst floor(i / rows) and
 * its offset inside the burst is a running sum of small random gaps. Non-decreasing in i, so a
 * `since` query is a binary search and a million rows need no memory.
 */
export class Timeline implements TimeFn {
  constructor(
    private readonly seed: number,
    private readonly tag: string,
    private readonly shape: TimelineShape,
  ) {
    if ((shape.rowsPerBlock - 1) * MAX_GAP >= shape.blockSpanSeconds) {
      throw new RangeError('blockSpanSeconds must exceed the longest burst');
    }
  }

  time(index: number): number {
    const { rowsPerBlock, blockSpanSeconds, startSeconds } = this.shape;
    const block = Math.floor(index / rowsPerBlock);
    const rng = new Rng(this.seed, this.tag, 'block', block);
    let offset = 0;
    for (let k = index - block * rowsPerBlock; k > 0; k -= 1) offset += rng.pick(GAPS);
    return startSeconds + block * blockSpanSeconds + offset;
  }
}

/** First index in [0, count) whose time is at least `seconds` (count when none). */
export function lowerBound(fn: TimeFn, count: number, seconds: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fn.time(mid) < seconds) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
