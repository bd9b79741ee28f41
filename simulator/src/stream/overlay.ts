import type { RowRef } from './row-ref';

/** A changed record, with the order of its change among changes of the same `SJC`. */
export interface OverlayRef extends RowRef {
  readonly seq: number;
}

/**
 * The records changed since the base was generated, each at its latest version, sorted by
 * (`SJC`, order of change); plus the sorted ids of base records it overrides. Small by design:
 * it grows with advances, never with the size of the base.
 */
export class Overlay {
  private readonly latest = new Map<number, OverlayRef>();
  /** Latest versions sorted by (sjc, seq). */
  readonly ordered: OverlayRef[] = [];
  /** Base ids with a newer version here, sorted. */
  private readonly overridden: number[] = [];
  private seq = 0;

  constructor(private readonly baseCount: number) {}

  get(id: number): OverlayRef | undefined {
    return this.latest.get(id);
  }

  has(id: number): boolean {
    return this.latest.has(id);
  }

  /** Stores a new latest version of a record, replacing the previous one. */
  put(draft: RowRef): OverlayRef {
    const ref: OverlayRef = { id: draft.id, version: draft.version, sjc: draft.sjc, op: draft.op, origin: draft.origin, seq: this.seq };
    this.seq += 1;
    const previous = this.latest.get(ref.id);
    if (previous) this.ordered.splice(this.orderedIndex(previous), 1);
    else if (ref.id < this.baseCount) this.overridden.splice(sortedIndex(this.overridden, ref.id), 0, ref.id);
    this.ordered.splice(this.orderedIndex(ref), 0, ref);
    this.latest.set(ref.id, ref);
    return ref;
  }

  /** Index in `ordered` of the first change at or after `since`. */
  firstAtOrAfter(since: number | undefined): number {
    if (since === undefined) return 0;
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ordered[mid] as OverlayRef).sjc < since) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Overridden base ids in [from, to). */
  overriddenIn(from: number, to: number): number {
    return sortedIndex(this.overridden, to) - sortedIndex(this.overridden, from);
  }

  /** The n-th (0-based) base id at or after `from` that is not overridden. */
  nthLiveBase(from: number, n: number): number {
    let id = from + n;
    for (let k = sortedIndex(this.overridden, from); k < this.overridden.length; k += 1) {
      if ((this.overridden[k] as number) <= id) id += 1;
      else break;
    }
    return id;
  }

  /** The first base id at or after `id` that is not overridden. */
  nextLiveBase(id: number): number {
    let next = id;
    while (next < this.baseCount && this.latest.has(next)) next += 1;
    return next;
  }

  /** Position of `ref` (or where it belongs) in `ordered`. */
  private orderedIndex(ref: OverlayRef): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.ordered[mid] as OverlayRef;
      if (other.sjc < ref.sjc || (other.sjc === ref.sjc && other.seq < ref.seq)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** First index in a sorted number list whose value is at least `value`. */
function sortedIndex(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
