import type { Weighted } from '../random/rng';
import type { DepartmentKey } from './departments';

/** Penalty kinds (处罚类别) as listed in domains.md §4.1. */
export type PenaltyKind =
  | '警告' | '通报批评' | '罚款' | '没收违法所得' | '没收非法财物' | '暂扣许可证件' | '降低资质等级'
  | '吊销许可证件' | '限制开展生产经营活动' | '责令停产停业' | '责令关闭' | '限制从业' | '行政拘留' | '其他';

/** One kind of violation a department punishes, with what it is punished by. */
export interface Violation {
  /** `CF_WFXW`, the violation type. */
  readonly type: string;
  /** What the inspectors found; becomes the body of `CF_SY`. */
  readonly fact: string;
  /** `CF_YJ`, the legal basis. */
  readonly basis: string;
  /** Penalty-kind combinations by weight. */
  readonly kinds: ReadonlyArray<Weighted<readonly PenaltyKind[]>>;
  /** Fine range in whole 元. */
  readonly fine: readonly [number, number];
  /** Licence suspended or revoked (`CF_NR_ZKDX`) when such a kind applies. */
  readonly licence?: string;
  /** 特种设备 / 安全生产 / 消防: publicity lasts at least a year (policy.md). */
  readonly special?: boolean;
  /** Whether a natural person can be the punished party. */
  readonly persons?: boolean;
}

type Catalogue = Readonly<Record<DepartmentKey, readonly Violation[]>>;

/** The violations of each department; 特种设备, 安全生产 and 消防 wordings are deliberate. */
export const VIOLATIONS: Catalogue = {
  market: [
    { type: '使用未经定期检验的特种设备', fact: '使用的电梯（特种设备）超过检验有效期未申请定期检验', basis: '《中华人民共和国特种设备安全法》第八十四条第一项', kinds: [[['罚款'], 8], [['罚款', '责令停产停业'], 1]], fine: [30_000, 300_000], special: true },
    { type: '销售不符合食品安全标准的食品', fact: '销售的预包装食品经抽样检验不合格', basis: '《中华人民共和国食品安全法》第一百二十四条第一款', kinds: [[['罚款', '没收违法所得', '没收非法财物'], 5], [['罚款', '没收违法所得'], 3], [['罚款', '吊销许可证件'], 1]], fine: [50_000, 150_000], licence: '《食品经营许可证》' },
    { type: '发布虚假广告', fact: '在其网店页面发布含有虚假内容的广告', basis: '《中华人民共和国广告法》第五十五条第一款', kinds: [[['罚款'], 5], [['警告', '罚款'], 1]], fine: [10_000, 200_000] },
    { type: '无照经营', fact: '未依法取得营业执照从事经营活动', basis: '《无证无照经营查处办法》第十三条', kinds: [[['罚款', '没收违法所得'], 3], [['警告'], 1]], fine: [500, 10_000], persons: true },
    { type: '不按规定明码标价', fact: '经营场所内商品未按规定明码标价', basis: '《中华人民共和国价格法》第四十二条', kinds: [[['警告'], 2], [['罚款'], 3]], fine: [500, 5_000] },
  ],
  ecology: [
    { type: '超标排放大气污染物', fact: '废气排放口颗粒物排放浓度超过国家规定的排放标准', basis: '《中华人民共和国大气污染防治法》第九十九条第二项', kinds: [[['罚款'], 5], [['罚款', '限制开展生产经营活动'], 2], [['罚款', '责令停产停业'], 1]], fine: [100_000, 1_000_000] },
    { type: '未取得排污许可证排放污染物', fact: '未取得排污许可证排放水污染物', basis: '《排污许可管理条例》第三十三条第一项', kinds: [[['罚款', '责令停产停业'], 2], [['罚款'], 3]], fine: [200_000, 1_000_000] },
    { type: '露天焚烧产生有毒有害烟尘的物质', fact: '在人口集中地区露天焚烧废旧塑料', basis: '《中华人民共和国大气污染防治法》第一百一十九条第二款', kinds: [[['罚款'], 1]], fine: [500, 2_000], persons: true },
  ],
  emergency: [
    { type: '未按规定对从业人员进行安全生产教育和培训', fact: '未对新入职从业人员进行安全生产教育和培训', basis: '《中华人民共和国安全生产法》第九十七条第三项', kinds: [[['罚款'], 4], [['警告', '罚款'], 2]], fine: [10_000, 100_000], special: true },
    { type: '特种作业人员未持证上岗作业', fact: '安排未取得特种作业操作证的人员从事电焊作业，存在安全生产隐患', basis: '《中华人民共和国安全生产法》第九十七条第七项', kinds: [[['罚款'], 3], [['罚款', '责令停产停业'], 1]], fine: [10_000, 100_000], special: true },
    { type: '主要负责人未履行安全生产管理职责', fact: '作为生产经营单位主要负责人未组织制定安全生产事故应急救援预案', basis: '《中华人民共和国安全生产法》第九十四条', kinds: [[['罚款'], 3], [['罚款', '限制从业'], 1]], fine: [20_000, 50_000], special: true, persons: true },
  ],
  fire: [
    { type: '消防设施、器材未保持完好有效', fact: '消防设施、器材未保持完好有效，室内消火栓无水，消防安全检查发现问题', basis: '《中华人民共和国消防法》第六十条第一款第一项', kinds: [[['罚款'], 1]], fine: [5_000, 50_000], special: true },
    { type: '占用、堵塞、封闭疏散通道、安全出口', fact: '堆放杂物占用疏散通道，消防安全出口被封闭', basis: '《中华人民共和国消防法》第六十条第一款第三项', kinds: [[['罚款'], 1]], fine: [5_000, 50_000], special: true, persons: true },
    { type: '公众聚集场所未经消防安全检查擅自投入使用、营业', fact: '公众聚集场所未经消防救援机构许可擅自投入使用、营业', basis: '《中华人民共和国消防法》第五十八条第一款第四项', kinds: [[['责令停产停业', '罚款'], 3], [['罚款'], 1]], fine: [30_000, 300_000], special: true },
  ],
  urban: [
    { type: '擅自占用城市道路', fact: '未经批准擅自占用城市道路堆放建筑材料', basis: '《城市道路管理条例》第四十二条第二项', kinds: [[['罚款'], 4], [['警告'], 1], [['其他'], 1]], fine: [500, 20_000], persons: true },
    { type: '未取得建设工程规划许可证进行建设', fact: '未取得建设工程规划许可证擅自搭建建筑物', basis: '《中华人民共和国城乡规划法》第六十四条', kinds: [[['罚款'], 3], [['罚款', '没收非法财物'], 1]], fine: [20_000, 500_000] },
  ],
  transport: [
    { type: '未取得道路运输经营许可擅自从事道路运输经营', fact: '未取得道路运输经营许可，擅自从事道路货物运输经营', basis: '《中华人民共和国道路运输条例》第六十三条', kinds: [[['罚款', '没收违法所得'], 3], [['罚款'], 2]], fine: [10_000, 100_000], persons: true },
    { type: '车辆超限运输', fact: '驾驶超限车辆在公路上行驶', basis: '《公路安全保护条例》第六十四条', kinds: [[['罚款'], 1]], fine: [500, 30_000], persons: true },
    { type: '道路运输企业未按规定维护和检测运输车辆', fact: '未按规定对营运车辆进行维护和检测', basis: '《中华人民共和国道路运输条例》第七十条第一款', kinds: [[['罚款'], 3], [['罚款', '吊销许可证件'], 1]], fine: [1_000, 5_000], licence: '《道路运输证》' },
  ],
  health: [
    { type: '未取得公共场所卫生许可证擅自营业', fact: '未依法取得公共场所卫生许可证擅自营业', basis: '《公共场所卫生管理条例实施细则》第三十五条第一款', kinds: [[['警告', '罚款'], 3], [['罚款'], 1]], fine: [500, 30_000] },
    { type: '使用非卫生技术人员从事医疗卫生技术工作', fact: '使用未取得执业资格的人员从事医疗卫生技术工作', basis: '《医疗机构管理条例》第四十七条', kinds: [[['罚款'], 3], [['罚款', '暂扣许可证件'], 1]], fine: [10_000, 100_000], licence: '《医疗机构执业许可证》' },
    { type: '非医师行医', fact: '未取得医师执业证书擅自开展诊疗活动', basis: '《中华人民共和国医师法》第五十九条', kinds: [[['罚款', '没收违法所得', '没收非法财物'], 1]], fine: [30_000, 150_000], persons: true },
  ],
};
