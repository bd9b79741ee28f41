import { Rng } from '../random/rng';
import { SECONDS_PER_DAY, formatTimestamp, startOfDay } from '../time/clock';
import { type PenaltyKey, penaltyKey } from './penalties';
import type { CreditPlatform } from './platform';

/** How far the upstream moves on in one generation; every count is optional. */
export interface AdvanceOptions {
  /** New penalties (CZLX `I`). Default: 1% of size, at least 1. */
  readonly inserts?: number;
  /** Penalties re-published with a correction (CZLX `U`, later SJC). Default: a quarter of inserts. */
  readonly updates?: number;
  /** Penalties withdrawn (CZLX `D`, later SJC). Default: a tenth of inserts, at least 1. */
  readonly deletes?: number;
  /** New credit repairs of existing penalties. Default: one per 20 inserts, at least 1. */
  readonly repairs?: number;
  /** Defaulters who have now performed (LXQK → 已履行, CZLX `U`). Default 1. */
  readonly performed?: number;
  /** Permits in the new day's file (0: no file). Default: the base files' daily average. */
  readonly permits?: number;
}

/** What one generation changed; keys let tests look the records up on the wire. */
export interface AdvanceSummary {
  /** 1 for the first advance. */
  readonly generation: number;
  /** `SJC` of the generation's first change (`YYYY-MM-DD HH:mm:ss`). */
  readonly sjc: string;
  readonly inserted: PenaltyKey[];
  readonly updated: PenaltyKey[];
  readonly deleted: PenaltyKey[];
  /** Keys of the penalties that got a repair. */
  readonly repaired: PenaltyKey[];
  /** Case numbers (AH) of defaulters updated. */
  readonly performed: string[];
  /** Name of the new permit file, or null. */
  readonly permitFile: string | null;
}

/**
 * Moves the upstream on by one generation, the next day at 09:30: every change gets a later `SJC`
 * than anything published so far, three changes a second. Deterministic from the seed and the
 * sequence of advances.
 */
export function advance(platform: CreditPlatform, generation: number, change: AdvanceOptions = {}): AdvanceSummary {
  const { world, penalties } = platform;
  const rng = new Rng(world.seed, 'advance', generation);
  const start = startOfDay(platform.latestTime()) + SECONDS_PER_DAY + 9.5 * 3600;
  let slot = 0;
  const nextSjc = (): number => start + Math.floor(slot++ / 3);
  const inserts = change.inserts ?? Math.max(1, Math.round(world.size / 100));
  const touched = new Set<number>();
  const key = (id: number): PenaltyKey => penaltyKey(penalties.facts(id));

  const inserted = Array.from({ length: inserts }, () => {
    const { id } = penalties.log.insert(nextSjc());
    touched.add(id);
    return key(id);
  });
  const pick = (): number | undefined => pickLive(rng, platform, touched);
  const updated = collect(change.updates ?? Math.round(inserts / 4), pick, (id) => key(penalties.log.update(id, nextSjc()).id));
  const deleted = collect(change.deletes ?? Math.max(1, Math.round(inserts / 10)), pick, (id) => key(penalties.log.remove(id, nextSjc()).id));
  const repaired = Array.from({ length: change.repairs ?? Math.max(1, Math.ceil(inserts / 20)) }, () =>
    key(platform.repairs.target(platform.repairs.insertAt(nextSjc(), rng).id).penalty),
  );
  const performed = collect(change.performed ?? 1, () => pickDefaulter(rng, platform), (id) => {
    const ref = platform.defaulters.log.update(id, nextSjc());
    return platform.defaulters.row(ref).AH ?? '';
  });
  const permitCount = change.permits ?? platform.permits.typicalCount();
  const file = permitCount > 0 ? platform.permits.addDay(startOfDay(start), permitCount) : undefined;
  return { generation, sjc: formatTimestamp(start), inserted, updated, deleted, repaired, performed, permitFile: file?.name ?? null };
}

function collect<T>(count: number, pick: () => number | undefined, apply: (id: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = pick();
    if (id === undefined) break;
    out.push(apply(id));
  }
  return out;
}

/** A live, well-formed penalty not yet changed in this generation. */
function pickLive(rng: Rng, platform: CreditPlatform, touched: Set<number>): number | undefined {
  const { log } = platform.penalties;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const id = rng.int(0, log.idCount - 1);
    if (touched.has(id) || log.get(id)?.op === 'D' || platform.penalties.malformation(id)) continue;
    touched.add(id);
    return id;
  }
  return undefined;
}

function pickDefaulter(rng: Rng, platform: CreditPlatform): number | undefined {
  const { log } = platform.defaulters;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const id = rng.int(0, log.idCount - 1);
    if (log.get(id)?.version === 0) return id;
  }
  return undefined;
}
