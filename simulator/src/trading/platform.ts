import type { WorldOptions } from '../credit/world';
import type { RowRef } from '../stream/row-ref';
import { noticeItem } from './ccgp-items';
import { constructionProject } from './construction';
import { candidateRecord, noticeRecord, resultRecord } from './gcjs-records';
import { maybeBroken, withDisclosure } from './ggzy-common';
import { dealRecord, landParcel, transferRecord } from './land';
import { LifeCycleFeed } from './life-cycle-feed';
import { procurement } from './procurement';
import { TradingWorld } from './world';
import type { XmlRecord } from './xml';

/** One ggzy record before serialisation: its element and fields. */
export interface GgzyItem {
  readonly element: string;
  readonly record: XmlRecord;
}

const DAY = 86_400;
const GCJS_ELEMENTS = ['GCJS_NOTICE', 'GCJS_NOTICE', 'CANDIDATE_PUBLICITY', 'WIN_RESULT'] as const;

/**
 * The simulated trading sites: the city's construction and land lists (`/ggzy`) and the province's
 * procurement notices (`/ccgp`), generated from the seed like the credit platform.
 */
export class TradingPlatform {
  readonly world: TradingWorld;
  readonly gcjs: LifeCycleFeed<GgzyItem>;
  readonly land: LifeCycleFeed<GgzyItem>;
  readonly ccgp: LifeCycleFeed<Record<string, unknown>>;

  constructor(options: WorldOptions) {
    const world = new TradingWorld(options);
    this.world = world;
    const start = options.startSeconds;
    // notice; its change 4 days on; candidates after the bid opening (24 days); the result 4 days later
    this.gcjs = new LifeCycleFeed(world.seed, 'gcjs', { lags: [0, 2, 12, 14], tickSeconds: 2 * DAY, startSeconds: start }, world.projects, (slot, ref) => {
      const project = constructionProject(world, slot.subject, this.gcjs.subjectSeconds(slot.subject));
      const noticeAt = this.gcjs.subjectSeconds(slot.subject);
      const record = [noticeRecord(project, ref, noticeAt, false), noticeRecord(project, ref, noticeAt, true), candidateRecord(project, ref), resultRecord(project, ref)][slot.stage] ?? {};
      return this.ggzyItem(GCJS_ELEMENTS[slot.stage] ?? 'GCJS_NOTICE', record, 'gcjs', ref, 'TENDER_PROJECT_CODE');
    });
    // the notice, then the deal 27 days on (挂牌 lasts at least 20 days)
    this.land = new LifeCycleFeed(world.seed, 'land', { lags: [0, 9], tickSeconds: 3 * DAY, startSeconds: start }, world.parcels, (slot, ref) => {
      const parcel = landParcel(world, slot.subject, this.land.subjectSeconds(slot.subject));
      const deal = slot.stage === 1;
      return this.ggzyItem(deal ? 'DEAL_LAND_INFO' : 'TRANSFER_NOTICE', deal ? dealRecord(world, parcel, ref) : transferRecord(parcel, ref), 'land', ref, 'LAND_CODE');
    });
    // intention, announcement, follow-up, result, contract, acceptance
    this.ccgp = new LifeCycleFeed(world.seed, 'ccgp', { lags: [0, 3, 5, 9, 11, 20], tickSeconds: DAY, startSeconds: start }, world.procurements, (slot, ref) =>
      noticeItem(world.seed, procurement(world, slot.subject, this.ccgp.subjectSeconds(slot.subject)), slot.stage, ref, world.malformedRate),
    );
  }

  private ggzyItem(element: string, record: XmlRecord, feed: string, ref: RowRef, keyField: string): GgzyItem {
    const published = withDisclosure(record, this.world.seed, feed, ref.id);
    return { element, record: maybeBroken(published, this.world.seed, feed, ref, this.world.malformedRate, keyField) };
  }

  /** Late rows of a feed at `at` (inside a range a client pages through): the insert-while-paging fault. */
  insertLate(feed: LifeCycleFeed<unknown>, at: number | undefined, count: number): RowRef[] {
    const sjc = at ?? feed.log.minTime() ?? this.world.startSeconds;
    return Array.from({ length: count }, () => feed.log.insert(sjc));
  }

  /** The latest time anything was published on either site. */
  latestTime(): number {
    return Math.max(...[this.gcjs, this.land, this.ccgp].map((f) => f.log.maxTime() ?? this.world.startSeconds));
  }
}
