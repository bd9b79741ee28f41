import { Rng } from '../random/rng';
import type { TimeFn } from '../time/timeline';

/**
 * How a feed's records follow the life cycle of its subjects (a tender project, a parcel, a
 * procurement): every tick publishes one record per stage, the stage's subject lagging the tick
 * by the stage's delay. So project p's notice comes at tick p, its result `lag` ticks later, and
 * the feed interleaves stages of different projects as a real site does.
 */
export interface LifeCycleShape {
  /** Delay of each stage in ticks, first stage 0. */
  readonly lags: readonly number[];
  readonly tickSeconds: number;
  readonly startSeconds: number;
}

/** Where record `id` sits: its tick, its stage, and the subject it is about (negative: published before the feed began). */
export interface LifeCycleSlot {
  readonly tick: number;
  readonly stage: number;
  readonly subject: number;
}

/**
 * The base times of a life-cycle feed, a pure non-decreasing function of (seed, id): each stage has
 * its own window inside the tick and a random second within it.
 */
export class LifeCycleTimeline implements TimeFn {
  private readonly stageSeconds: number;

  constructor(
    private readonly seed: number,
    private readonly tag: string,
    readonly shape: LifeCycleShape,
  ) {
    this.stageSeconds = Math.floor(shape.tickSeconds / shape.lags.length);
    if (this.stageSeconds < 2) throw new RangeError('tickSeconds too short for the stages');
  }

  slot(id: number): LifeCycleSlot {
    const stages = this.shape.lags.length;
    const tick = Math.floor(id / stages);
    const stage = id - tick * stages;
    return { tick, stage, subject: tick - (this.shape.lags[stage] ?? 0) };
  }

  time(id: number): number {
    const { tick, stage } = this.slot(id);
    const jitter = new Rng(this.seed, this.tag, 'at', id).int(0, this.stageSeconds - 1);
    return this.shape.startSeconds + tick * this.shape.tickSeconds + stage * this.stageSeconds + jitter;
  }
}
