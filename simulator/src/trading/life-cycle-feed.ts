import { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import { type LifeCycleShape, type LifeCycleSlot, LifeCycleTimeline } from './life-cycle';

/** Renders one record version from its place in the life cycle. */
export type Render<T> = (slot: LifeCycleSlot, ref: RowRef) => T;

/**
 * A paged feed whose records follow their subjects' life cycles: a change log over a life-cycle
 * timeline (records generated on demand, changes in a small overlay), rendered per version.
 */
export class LifeCycleFeed<T> {
  readonly log: ChangeLog;
  readonly timeline: LifeCycleTimeline;

  constructor(seed: number, tag: string, shape: LifeCycleShape, subjects: number, private readonly render: Render<T>) {
    this.timeline = new LifeCycleTimeline(seed, tag, shape);
    this.log = new ChangeLog(this.timeline, subjects * shape.lags.length);
  }

  /** When the subject's first stage is published (the start of its tick), seconds. */
  subjectSeconds(subject: number): number {
    return this.timeline.shape.startSeconds + subject * this.timeline.shape.tickSeconds;
  }

  row(ref: RowRef): T {
    return this.render(this.timeline.slot(ref.id), ref);
  }

  /** Records at positions [offset, offset + limit) of the view from `since` (seconds, inclusive). */
  page(since: number | undefined, offset: number, limit: number): T[] {
    return this.log.page(since, offset, limit).map((ref) => this.row(ref));
  }

  /** Every record at its latest version, in feed order (tests). */
  rows(): T[] {
    return Array.from(this.log.all(), (ref) => this.row(ref));
  }

  /** Live records of a stage (tests and advances); walks the feed. */
  idsOfStage(stage: number): number[] {
    return Array.from(this.log.all()).filter((ref) => ref.op !== 'D' && this.timeline.slot(ref.id).stage === stage).map((ref) => ref.id);
  }
}
