import type { Organisation } from '../credit/organisation';
import { placeName } from '../names/regions';
import { Rng } from '../random/rng';
import { yearOf } from '../time/clock';
import { type Buyer, pickBuyer } from './buyers';
import type { PriceUnitCode } from './wire-format';
import type { TradingWorld } from './world';

/** One bid: the lot, the bidder and the price in whole 元. */
export interface Bid {
  readonly section: string;
  readonly bidder: Organisation;
  readonly yuan: number;
}

/** A construction tender project (工程建设项目) and everything its life cycle publishes. */
export interface ConstructionProject {
  readonly index: number;
  readonly buyer: Buyer;
  readonly agency: Organisation;
  readonly name: string;
  /** 项目代码 (投资项目统一代码) and 招标项目编号. */
  readonly projectCode: string;
  readonly tenderProjectCode: string;
  readonly dealCode: string;
  readonly sections: readonly string[];
  /** Three ranked candidates per lot, best first. */
  readonly candidates: ReadonlyArray<readonly Bid[]>;
  /** A consortium member next to the first lot's winner (联合体), if any. */
  readonly partner: Organisation | undefined;
  readonly leads: readonly string[];
  /** The unit its candidate and result records are published in. */
  readonly unit: PriceUnitCode;
  /** Its result went out first under the wrong unit code (元 for 万元), fixed by a later version. */
  readonly unitSlip: boolean;
}

const WORKS = ['农贸市场改造', '道路提升改造', '排水管网改造', '中小学校舍建设', '老旧小区改造', '公园景观提升', '河道综合整治', '安置房建设'];
const LEAD_SURNAMES = ['林', '陈', '黄', '张', '吴', '王', '郑', '欧阳'];
const LEAD_GIVEN = ['志强', '建华', '明', '丽娟', '国栋', '海燕', '文杰', '晓东'];

function bids(world: TradingWorld, rng: Rng, section: string): Bid[] {
  const control = rng.int(30, 3000) * 10_000 + rng.int(0, 99) * 100;
  const offers = [0.9, 0.93, 0.96].map((share) => Math.round(control * (share + rng.int(0, 200) / 10_000)));
  return offers.map((yuan) => ({ section, bidder: world.company(rng), yuan }));
}

/** The project whose notice is published at `noticeSeconds`; a pure function of (seed, index). */
export function constructionProject(world: TradingWorld, index: number, noticeSeconds: number): ConstructionProject {
  const rng = new Rng(world.seed, 'gcjs-project', index);
  const buyer = pickBuyer(rng);
  const year = yearOf(noticeSeconds);
  const serial = String(((index % 100_000) + 100_000) % 100_000).padStart(5, '0');
  const tenderProjectCode = `E${buyer.region.code}0101${year}${serial}`;
  const lots = rng.weighted([[1, 70], [2, 22], [3, 8]] as const);
  const sections = Array.from({ length: lots }, (_, i) => `${tenderProjectCode}${String(i + 1).padStart(3, '0')}`);
  return {
    index, buyer, sections, tenderProjectCode,
    agency: world.company(rng),
    name: `${placeName(buyer.region)}${rng.pick(WORKS)}工程`,
    projectCode: `${String(year).slice(2)}${String(rng.int(1, 12)).padStart(2, '0')}-${buyer.region.code}-04-01-${String(rng.int(100_000, 999_999))}`,
    dealCode: `A${buyer.region.code}${year}${serial}`,
    candidates: sections.map((s) => bids(world, rng, s)),
    partner: rng.chance(0.15) ? world.company(rng) : undefined,
    leads: sections.map(() => rng.pick(LEAD_SURNAMES) + rng.pick(LEAD_GIVEN)),
    unit: rng.chance(0.7) ? '2' : '1',
    unitSlip: rng.chance(0.06),
  };
}
