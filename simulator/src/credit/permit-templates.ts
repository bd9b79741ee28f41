import type { Rng } from '../random/rng';
import type { DepartmentKey } from './departments';

/** What a department's permit looks like: certificate, its number, and the permitted content. */
export interface PermitTemplate {
  readonly certificate: string;
  number(rng: Rng, region: string, year: number, serial: number, uscc: string): string;
  /** 许可内容: lists joined by commas, sometimes quoting with ASCII quotes. */
  readonly contents: readonly string[];
}

export const PERMIT_TEMPLATES: Readonly<Partial<Record<DepartmentKey, PermitTemplate>>> = {
  market: {
    certificate: '食品经营许可证',
    number: (_rng, region, _year, serial) => `JY1${region}${String(serial).padStart(7, '0')}`,
    contents: [
      '预包装食品（含冷藏冷冻食品）销售,散装食品（含冷藏冷冻食品）销售,热食类食品制售',
      '经营项目："自制饮品制售"（不含生鲜乳饮品）',
      '预包装食品销售,保健食品销售',
      '冷食类食品制售,生食类食品制售,"糕点类食品"制售（含裱花蛋糕）',
    ],
  },
  ecology: {
    certificate: '排污许可证',
    number: (_rng, _region, _year, _serial, uscc) => `${uscc || '91350200000000000X'}001P`,
    contents: ['行业类别：塑料制品业,排放口：DW001,主要污染物类别：废水,废气', '行业类别：金属表面处理及热处理加工,执行"重点管理"'],
  },
  fire: {
    certificate: '公众聚集场所投入使用、营业前消防安全检查合格证',
    number: (_rng, region, year, serial) => `闽${region.slice(2)}消安检字〔${year}〕第${String(serial).padStart(4, '0')}号`,
    contents: ['场所类别：商场,使用面积：1200平方米', '场所类别：KTV,使用面积：680平方米,营业楼层：2-3层'],
  },
  transport: {
    certificate: '道路运输经营许可证',
    number: (_rng, region, _year, serial) => `闽交运管许可厦字${region}${String(serial).padStart(6, '0')}号`,
    contents: ['道路普通货物运输,货物专用运输（集装箱）', '道路普通货物运输,大型物件运输（一类）'],
  },
  health: {
    certificate: '公共场所卫生许可证',
    number: (_rng, region, year, serial) => `闽卫公证字〔${year}〕第${region}-${String(serial).padStart(6, '0')}号`,
    contents: ['住宿业,美容美发场所', '沐浴场所,"足浴"场所', '游泳场所'],
  },
};
