import { type TimeFn, lowerBound } from '../time/timeline';
import { Overlay } from './overlay';
import type { RowRef } from './row-ref';

/**
 * One feed's logical records: a virtual base (record i at `base.time(i)`, generated on demand) plus
 * a small overlay of records changed since (updates, deletes, inserts). Every record appears once,
 * at its latest version, ordered by `SJC`; at equal `SJC` base records come first (by id, which is
 * in no key order) and then changes in the order they happened — stable for a given data state.
 */
export class ChangeLog {
  private readonly overlay: Overlay;
  private allocated: number;

  constructor(
    private readonly base: TimeFn,
    readonly baseCount: number,
  ) {
    this.overlay = new Overlay(baseCount);
    this.allocated = baseCount;
  }

  /** Ids handed out so far (base records and inserts). */
  get idCount(): number {
    return this.allocated;
  }

  /** The latest version of a record, or undefined for an unknown id. */
  get(id: number): RowRef | undefined {
    const changed = this.overlay.get(id);
    if (changed) return changed;
    return id >= 0 && id < this.baseCount ? this.baseRef(id) : undefined;
  }

  /** A new record first published at `sjc`. */
  insert(sjc: number): RowRef {
    const id = this.allocated;
    this.allocated += 1;
    return this.overlay.put({ id, version: 0, sjc, op: 'I', origin: sjc });
  }

  /** A new version of a live record, published at `sjc` (never earlier than its current one). */
  update(id: number, sjc: number): RowRef {
    const current = this.live(id);
    return this.overlay.put({ ...current, version: current.version + 1, sjc: Math.max(sjc, current.sjc), op: 'U' });
  }

  /** Withdraws a live record at `sjc`: it stays in the feed as a `D` row. */
  remove(id: number, sjc: number): RowRef {
    const current = this.live(id);
    return this.overlay.put({ ...current, sjc: Math.max(sjc, current.sjc), op: 'D' });
  }

  /** Number of records whose latest `SJC` is at least `since` (all when undefined). */
  count(since?: number): number {
    const baseFrom = this.baseFrom(since);
    const baseLive = this.baseCount - baseFrom - this.overlay.overriddenIn(baseFrom, this.baseCount);
    return baseLive + this.overlay.ordered.length - this.overlay.firstAtOrAfter(since);
  }

  /**
   * The records at positions [offset, offset + limit) of the `since` view. Each change's position
   * is the number of live base rows up to its `SJC` plus the changes before it, so only changes
   * before the window's end are looked at and base rows are found by rank.
   */
  page(since: number | undefined, offset: number, limit: number): RowRef[] {
    const baseFrom = this.baseFrom(since);
    const first = this.overlay.firstAtOrAfter(since);
    const { ordered } = this.overlay;
    const end = offset + limit;
    const inWindow = new Map<number, RowRef>();
    let changesBefore = 0;
    for (let k = first; k < ordered.length; k += 1) {
      const ref = ordered[k] as RowRef;
      const upper = Math.max(baseFrom, lowerBound(this.base, this.baseCount, ref.sjc + 1));
      const pos = upper - baseFrom - this.overlay.overriddenIn(baseFrom, upper) + (k - first);
      if (pos >= end) break;
      if (pos < offset) changesBefore += 1;
      else inWindow.set(pos, ref);
    }
    const rows: RowRef[] = [];
    let baseId = this.overlay.nthLiveBase(baseFrom, offset - changesBefore);
    for (let pos = offset; pos < end; pos += 1) {
      const change = inWindow.get(pos);
      if (change) rows.push(change);
      else if (baseId < this.baseCount) {
        rows.push(this.baseRef(baseId));
        baseId = this.overlay.nextLiveBase(baseId + 1);
      } else break;
    }
    return rows;
  }

  /** Every record at its latest version, in feed order (for tests and tools; walks the base). */
  *all(): Generator<RowRef> {
    const { ordered } = this.overlay;
    let k = 0;
    for (let id = 0; id < this.baseCount; id += 1) {
      if (this.overlay.has(id)) continue;
      const ref = this.baseRef(id);
      for (let change = ordered[k]; change && change.sjc < ref.sjc; change = ordered[k]) {
        yield change;
        k += 1;
      }
      yield ref;
    }
    for (; k < ordered.length; k += 1) yield ordered[k] as RowRef;
  }

  /** The latest `SJC` in the feed (undefined when empty). */
  maxTime(): number | undefined {
    const times = [this.overlay.ordered[this.overlay.ordered.length - 1]?.sjc];
    if (this.baseCount > 0) times.push(this.base.time(this.baseCount - 1));
    const known = times.filter((t): t is number => t !== undefined);
    return known.length > 0 ? Math.max(...known) : undefined;
  }

  /** The earliest `SJC` in the feed (undefined when empty). */
  minTime(): number | undefined {
    const times = [this.overlay.ordered[0]?.sjc];
    if (this.baseCount > 0) times.push(this.base.time(0));
    const known = times.filter((t): t is number => t !== undefined);
    return known.length > 0 ? Math.min(...known) : undefined;
  }

  private live(id: number): RowRef {
    const current = this.get(id);
    if (!current) throw new RangeError(`no record ${id}`);
    if (current.op === 'D') throw new RangeError(`record ${id} is deleted`);
    return current;
  }

  private baseFrom(since: number | undefined): number {
    return since === undefined ? 0 : lowerBound(this.base, this.baseCount, since);
  }

  private baseRef(id: number): RowRef {
    const sjc = this.base.time(id);
    return { id, version: 0, sjc, op: 'I', origin: sjc };
  }
}
