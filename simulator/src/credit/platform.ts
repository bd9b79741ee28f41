import { Rng } from '../random/rng';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY } from '../time/clock';
import { AbnormalFeed } from './abnormal';
import { DefaulterFeed } from './defaulters';
import type { CreditFeedName, Feed } from './feed';
import { OrganisationFeed } from './organisations';
import { PenaltyFeed } from './penalties';
import { PermitFiles } from './permit-files';
import { RepairFeed } from './repairs';
import type { WireRow } from './wire-row';
import { CreditWorld, type WorldOptions } from './world';

/**
 * The simulated provincial credit platform: five paged feeds and the daily permit files, all
 * generated from one seed. Tests read the expected data through these accessors.
 */
export class CreditPlatform {
  readonly world: CreditWorld;
  readonly penalties: PenaltyFeed;
  readonly repairs: RepairFeed;
  readonly organisations: OrganisationFeed;
  readonly defaulters: DefaulterFeed;
  readonly abnormal: AbnormalFeed;
  readonly permits: PermitFiles;
  private readonly feeds: Readonly<Record<CreditFeedName, Feed>>;
  private faultInserts = 0;

  constructor(options: WorldOptions) {
    this.world = new CreditWorld(options);
    this.penalties = new PenaltyFeed(this.world);
    this.repairs = new RepairFeed(this.world, this.penalties);
    this.organisations = new OrganisationFeed(this.world);
    this.defaulters = new DefaulterFeed(this.world);
    this.abnormal = new AbnormalFeed(this.world);
    this.permits = new PermitFiles(this.world);
    this.feeds = { xzcf: this.penalties, xyxf: this.repairs, qyxx: this.organisations, sxbzxr: this.defaulters, jyyc: this.abnormal };
  }

  feed(name: CreditFeedName): Feed {
    return this.feeds[name];
  }

  /** Penalties in the feed now (deleted ones included: they stay as `D` rows). */
  penaltyCount(): number {
    return this.penalties.log.count();
  }

  /** Records of a feed whose `SJC` is at least `since` (seconds; all when undefined). */
  count(name: CreditFeedName, since?: number): number {
    return this.feeds[name].log.count(since);
  }

  /** One page as served, rows rendered (`pageNo` from 1). */
  page(name: CreditFeedName, since: number | undefined, pageNo: number, pageSize: number): WireRow[] {
    const feed = this.feeds[name];
    return feed.log.page(since, (pageNo - 1) * pageSize, pageSize).map((ref) => feed.row(ref));
  }

  /** Every current record of a feed at its latest version, in feed order (walks the whole feed). */
  rows(name: CreditFeedName): WireRow[] {
    const feed = this.feeds[name];
    return Array.from(feed.log.all(), (ref) => feed.row(ref));
  }

  /**
   * Late rows: `count` new records whose `SJC` is `at` — inside a range a client is paging through,
   * so every later row shifts by `count` positions (the insert-while-paging fault).
   */
  insertLate(name: CreditFeedName, at: number | undefined, count: number): RowRef[] {
    const feed = this.feeds[name];
    const sjc = at ?? feed.log.minTime() ?? this.world.startSeconds;
    const rng = new Rng(this.world.seed, 'late', this.faultInserts);
    this.faultInserts += 1;
    return Array.from({ length: count }, () => feed.insertAt(sjc, rng));
  }

  /** The latest time anything was published: feeds' `SJC` and permit file days. */
  latestTime(): number {
    let latest = this.permits.lastDate() + SECONDS_PER_DAY - 1;
    for (const feed of Object.values(this.feeds)) latest = Math.max(latest, feed.log.maxTime() ?? latest);
    return latest;
  }
}
