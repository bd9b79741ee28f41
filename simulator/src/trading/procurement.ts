import type { Organisation } from '../credit/organisation';
import { placeName } from '../names/regions';
import { Rng } from '../random/rng';
import { yearOf } from '../time/clock';
import { type Buyer, pickBuyer } from './buyers';
import type { TradingWorld } from './world';

/** 采购方式 and the notice type its announcement is published under. */
const METHODS = [
  ['公开招标', '招标', 50], ['邀请招标', '资格预审', 5], ['竞争性磋商', '竞争性谈判/磋商/询价', 20], ['竞争性谈判', '竞争性谈判/磋商/询价', 8],
  ['询价', '竞争性谈判/磋商/询价', 7], ['单一来源', '单一来源公示', 5], ['框架协议', '招标', 5],
] as const;

const GOODS = ['智慧教室设备', '食堂食材配送服务', '物业管理服务', '办公家具', '医疗设备', '绿化养护服务', '信息化系统运维服务', '公务用车'];

/** A government procurement (政府采购项目) and what its notices say. */
export interface Procurement {
  readonly index: number;
  readonly buyer: Buyer;
  readonly agency: Organisation;
  readonly projectCode: string;
  readonly projectName: string;
  readonly method: string;
  /** The announcement's notice type for that method. */
  readonly announcement: string;
  readonly budgetYuan: number;
  /** Winners: one supplier, or a consortium of two; the second member has no amount. */
  readonly winners: readonly Organisation[];
  /** A winner published without a code (the site allows it). */
  readonly codeMissing: boolean;
  readonly contractYuan: number;
}

/** The procurement at `index` (its intention published at `intentionSeconds`); pure in (seed, index). */
export function procurement(world: TradingWorld, index: number, intentionSeconds: number): Procurement {
  const rng = new Rng(world.seed, 'ccgp-project', index);
  const buyer = pickBuyer(rng);
  const [method, announcement] = rng.weighted(METHODS.map(([m, a, w]) => [[m, a] as const, w] as const));
  const budgetYuan = rng.int(5, 800) * 10_000;
  const serial = String(((index % 10_000) + 10_000) % 10_000).padStart(4, '0');
  const contractYuan = Math.round(budgetYuan * (0.85 + rng.int(0, 140) / 1000));
  return {
    index, buyer, method, announcement, budgetYuan, contractYuan,
    agency: world.company(rng),
    projectCode: `[${buyer.region.code}]${method === '公开招标' ? 'GK' : 'CS'}${yearOf(intentionSeconds)}${serial}`,
    projectName: `${placeName(buyer.region)}${rng.pick(GOODS)}采购项目`,
    winners: rng.chance(0.1) ? [world.company(rng), world.company(rng)] : [world.company(rng)],
    codeMissing: rng.chance(0.05),
  };
}
