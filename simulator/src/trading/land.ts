import { HOME_REGIONS, type Region } from '../names/regions';
import { Rng } from '../random/rng';
import type { RowRef } from '../stream/row-ref';
import { formatDate, yearOf } from '../time/clock';
import { platformFields } from './ggzy-common';
import { type PriceUnitCode, amountIn } from './wire-format';
import type { TradingWorld } from './world';
import type { XmlRecord } from './xml';

const XIAMEN = HOME_REGIONS.filter((r) => r.cityCode === '3502');
const USAGES = ['城镇住宅用地', '商务金融用地', '工业用地', '零售商业用地', '仓储用地'] as const;
const YEARS: Readonly<Record<string, string>> = { 城镇住宅用地: '70', 商务金融用地: '40', 工业用地: '50', 零售商业用地: '40', 仓储用地: '50' };
const ROADS = ['同安大道', '锦园路', '翔安南路', '海沧大道', '集美大道', '环岛东路'];

/** A parcel (宗地) offered by the city and later sold. */
interface Parcel {
  readonly region: Region;
  readonly code: string;
  readonly dealCode: string;
  readonly position: string;
  readonly areaCentiM2: number;
  readonly usage: (typeof USAGES)[number];
  readonly mode: '招标' | '拍卖' | '挂牌';
  readonly startYuan: number;
  readonly premium: number;
}

/** The parcel offered at `noticeSeconds`; a pure function of (seed, index). */
export function landParcel(world: TradingWorld, index: number, noticeSeconds: number): Parcel {
  const rng = new Rng(world.seed, 'land-parcel', index);
  const region = rng.pick(XIAMEN);
  const year = yearOf(noticeSeconds);
  const serial = String(((index % 1000) + 1000) % 1000).padStart(3, '0');
  const usage = rng.weighted([[USAGES[0], 40], [USAGES[1], 15], [USAGES[2], 30], [USAGES[3], 10], [USAGES[4], 5]] as const);
  const areaCentiM2 = rng.int(500_000, 12_000_000);
  return {
    region, usage,
    code: `${year}${region.name.charAt(0) === '思' ? 'S' : 'X'}P${serial}`,
    dealCode: `B${region.code}${year}0${serial}`,
    position: `${region.name}${rng.pick(ROADS)}与${rng.pick(ROADS)}交叉口${rng.pick(['东北侧', '西南侧', '南侧', '北侧'])}`,
    areaCentiM2,
    mode: rng.weighted([['挂牌', 80], ['拍卖', 15], ['招标', 5]] as const),
    startYuan: Math.round((areaCentiM2 / 100) * rng.int(800, 30_000) / 10_000) * 10_000,
    premium: rng.int(0, 60),
  };
}

const area = (centi: number): string => `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;

function parcelFields(parcel: Parcel, ref: RowRef, page: string): XmlRecord {
  return {
    ...platformFields(parcel.region, parcel.dealCode, ref, page),
    LAND_CODE: parcel.code,
    LAND_POSITION: parcel.position,
    LAND_AREA: area(parcel.areaCentiM2),
    LAND_USAGE: parcel.usage,
    LEND_AGE_LIMIT: YEARS[parcel.usage] ?? '50',
    TRANSFER_MODE: parcel.mode,
  };
}

/** `TRANSFER_NOTICE`: prices in 万元, the notice dated as a day (`2026年10月10日` style is common). */
export function transferRecord(parcel: Parcel, ref: RowRef): XmlRecord {
  const unit: PriceUnitCode = '2';
  return {
    ...parcelFields(parcel, ref, 'tdcr/crgg'),
    NOTICE_NAME: `厦门市国有建设用地使用权${parcel.mode}出让公告（${parcel.code}）`,
    NOTICE_CONTENT: `<p>经厦门市人民政府批准，以${parcel.mode}方式出让${parcel.code}地块国有建设用地使用权。</p>`,
    NOTICE_SEND_TIME: formatDate(ref.origin, '-'),
    START_PRICE: amountIn(parcel.startYuan, unit),
    DEPOSIT: amountIn(Math.round(parcel.startYuan / 5 / 10_000) * 10_000, unit),
    PLOT_RATIO: parcel.usage === '工业用地' ? '1.2-3.0' : '1.0-2.5',
    PRICE_UNIT: unit,
    CURRENCY_CODE: '156',
  };
}

/** `DEAL_LAND_INFO`: the sale, in 元, to a company of the register. */
export function dealRecord(world: TradingWorld, parcel: Parcel, ref: RowRef): XmlRecord {
  const buyer = world.company(new Rng(world.seed, 'land-buyer', parcel.code));
  const deal = Math.round((parcel.startYuan * (100 + parcel.premium)) / 100);
  return {
    ...parcelFields(parcel, ref, 'tdcr/cjgs'),
    DEAL_PRICE: amountIn(deal, '1'),
    PRICE_UNIT: '1',
    CURRENCY_CODE: '156',
    LENDING_NAME: buyer.name,
    LENDING_TYPE: buyer.code.length === 18 ? '97' : '02',
    LENDING_CODE: buyer.code,
    PUBLISHING_TIME: formatDate(ref.origin, '-').replace(/-/gu, '.'),
  };
}
