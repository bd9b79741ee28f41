import { SECONDS_PER_DAY, formatTimestamp, startOfDay } from '../time/clock';
import type { LifeCycleFeed } from './life-cycle-feed';
import type { TradingPlatform } from './platform';

/** What one generation of the trading sites changed. */
export interface TradingAdvanceSummary {
  /** `YYYY-MM-DD HH:mm:ss` of the generation's first change. */
  readonly at: string;
  /** Records added per feed. */
  readonly inserted: { gcjs: number; land: number; ccgp: number };
  /** Tender project codes whose result was re-sent with its price unit corrected. */
  readonly unitCorrected: string[];
  /** `noticeId`s re-published (same id, later `updateTime`) and revoked. */
  readonly updatedNotices: string[];
  readonly revokedNotices: string[];
}

/** A record's field as rendered, for the summary. */
const field = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Moves both sites on by one generation, the next day from 09:30, every change later than anything
 * published: a tick of new records per feed, every result still under a slipped price unit
 * corrected, and one procurement notice re-published and one revoked. Deterministic.
 */
export function advanceTrading(platform: TradingPlatform): TradingAdvanceSummary {
  const start = startOfDay(platform.latestTime()) + SECONDS_PER_DAY + 9.5 * 3600;
  let slot = 0;
  const next = (): number => start + slot++;
  const insertTick = (feed: LifeCycleFeed<unknown>): number => {
    const stages = feed.timeline.shape.lags.length;
    for (let i = 0; i < stages; i += 1) feed.log.insert(next());
    return stages;
  };
  const inserted = { gcjs: insertTick(platform.gcjs), land: insertTick(platform.land), ccgp: insertTick(platform.ccgp) };
  const unitCorrected = platform.gcjs.idsOfStage(3).filter((id) => isSlipped(platform, id))
    .map((id) => field(platform.gcjs.row(platform.gcjs.log.update(id, next())).record['TENDER_PROJECT_CODE']));
  const [updated, revoked] = platform.ccgp.idsOfStage(2).slice(-2);
  const updatedNotices = updated === undefined ? [] : [field(platform.ccgp.row(platform.ccgp.log.update(updated, next()))['noticeId'])];
  const revokedNotices = revoked === undefined ? [] : [field(platform.ccgp.row(platform.ccgp.log.remove(revoked, next()))['noticeId'])];
  return { at: formatTimestamp(start), inserted, unitCorrected, updatedNotices, revokedNotices };
}

/** A result still out under the wrong unit code: its next version would carry the correction. */
function isSlipped(platform: TradingPlatform, id: number): boolean {
  const ref = platform.gcjs.log.get(id);
  return ref?.version === 0 && platform.gcjs.row({ ...ref, version: 1 }).record['M_MONEY_UPDATE'] === '1';
}
