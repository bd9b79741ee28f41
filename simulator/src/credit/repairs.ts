import { Rng } from '../random/rng';
import { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY, formatDate, formatTimestamp, startOfDay } from '../time/clock';
import type { TimeFn } from '../time/timeline';
import type { Feed } from './feed';
import { IMPOSSIBLE_SLASH_DATE, malformation } from './malformed';
import type { PenaltyFeed } from './penalties';
import { type WireRow, setDisclosure } from './wire-row';
import type { CreditWorld } from './world';

/** Base repair k refers to one penalty among ids [20k, 20k + 20): about 5% of penalties. */
const WINDOW = 20;
/** Repairs reach the feed 120 days after the penalty did, batched to half hours. */
const DELAY_SECONDS = 120 * SECONDS_PER_DAY;
const BATCH_SECONDS = 1800;
/** Repair is possible three months after the decision at the earliest. */
const MIN_DAYS = 92;

interface Target {
  readonly penalty: number;
  /** 修复日期 (`XFRQ`), midnight seconds. */
  readonly repaired: number;
}

/**
 * `GET /credit/sgs/xyxf`: credit repairs (信用修复). Each refers to an existing penalty by its key
 * (CF_WSH + CF_CFJGDM) and is dated at least three months after the penalty's decision.
 */
export class RepairFeed implements Feed {
  readonly name = 'xyxf' as const;
  readonly log: ChangeLog;
  private readonly inserted = new Map<number, Target>();
  private readonly repairedByInsert = new Set<number>();

  constructor(
    private readonly world: CreditWorld,
    private readonly penalties: PenaltyFeed,
  ) {
    const time: TimeFn = {
      time: (k) => Math.floor(penalties.timeline.time(this.baseTarget(k)) / BATCH_SECONDS) * BATCH_SECONDS + DELAY_SECONDS,
    };
    this.log = new ChangeLog(time, Math.floor(world.size / WINDOW));
  }

  /** The penalty id a repair refers to. */
  target(id: number): Target {
    const inserted = this.inserted.get(id);
    if (inserted) return inserted;
    const penalty = this.baseTarget(id);
    const rng = new Rng(this.world.seed, 'xyxf-date', id);
    const { decided } = this.penalties.facts(penalty);
    const origin = this.penalties.timeline.time(penalty);
    const latest = Math.floor((startOfDay(origin) - decided) / SECONDS_PER_DAY) + 115;
    return { penalty, repaired: decided + SECONDS_PER_DAY * rng.int(MIN_DAYS, latest) };
  }

  row(ref: RowRef): WireRow {
    const target = this.target(ref.id);
    const facts = this.penalties.facts(target.penalty);
    const rng = new Rng(this.world.seed, 'xyxf-row', ref.id);
    const repairer = rng.chance(0.6) ? facts.authority.name : this.world.authorities.creditOffice(facts.subject.region).name;
    const row: WireRow = {
      CF_WSH: facts.wsh,
      CF_CFJG: facts.authority.name,
      CF_CFJGDM: facts.authority.uscc,
      XFRQ: formatDate(target.repaired, '/'),
      XFJG: repairer,
      SJC: formatTimestamp(ref.sjc),
    };
    setDisclosure(row, rng);
    if (malformation(this.world.seed, this.name, ref.id, this.world.malformedRate, ['bad-date'] as const)) row.XFRQ = IMPOSSIBLE_SLASH_DATE;
    return row;
  }

  /** A repair of a live, well-formed, not yet repaired penalty decided at least 92 days before `sjc`. */
  insertAt(sjc: number, rng: Rng): RowRef {
    const day = startOfDay(sjc);
    let chosen: Target | undefined;
    for (let attempt = 0; attempt < 64 && !chosen; attempt += 1) {
      const penalty = rng.int(0, this.penalties.log.idCount - 1);
      if (!this.repairable(penalty)) continue;
      const { decided } = this.penalties.facts(penalty);
      const spare = Math.floor((day - decided) / SECONDS_PER_DAY) - MIN_DAYS;
      if (spare >= 0 || attempt === 63) chosen = { penalty, repaired: decided + SECONDS_PER_DAY * (MIN_DAYS + rng.int(0, Math.max(0, spare))) };
    }
    const target = chosen ?? { penalty: 0, repaired: this.penalties.facts(0).decided + MIN_DAYS * SECONDS_PER_DAY };
    const ref = this.log.insert(sjc);
    this.inserted.set(ref.id, target);
    this.repairedByInsert.add(target.penalty);
    return ref;
  }

  private repairable(penalty: number): boolean {
    const ref = this.penalties.log.get(penalty);
    if (!ref || ref.op === 'D' || this.penalties.malformation(penalty) || this.repairedByInsert.has(penalty)) return false;
    const k = Math.floor(penalty / WINDOW);
    return k >= this.log.baseCount || this.baseTarget(k) !== penalty;
  }

  /** The penalty of base repair k: a well-formed one inside its window. */
  private baseTarget(k: number): number {
    const rng = new Rng(this.world.seed, 'xyxf-target', k);
    const first = k * WINDOW;
    const start = rng.int(0, WINDOW - 1);
    for (let step = 0; step < WINDOW; step += 1) {
      const candidate = first + ((start + step) % WINDOW);
      if (!this.penalties.malformation(candidate)) return candidate;
    }
    return first;
  }
}
