import type { Weighted } from '../random/rng';

/** The kinds of government department that issue penalties in the simulated province. */
export type DepartmentKey = 'market' | 'ecology' | 'emergency' | 'fire' | 'urban' | 'transport' | 'health';

/** How a department names itself and numbers its decisions. */
export interface Department {
  readonly key: DepartmentKey;
  /** Name suffix after the place name, e.g. `市场监督管理局`. */
  readonly title: string;
  /** Title used at city level when it differs (fire brigades are 支队 there, 大队 in counties). */
  readonly cityTitle: string;
  /** Abbreviation inside decision numbers, e.g. `市监` in `厦海市监罚〔2026〕123号`. */
  readonly abbr: string;
  /** The word before the year in a decision number: `罚`, or the fire service's `行罚决字`. */
  readonly penaltyWord: string;
  /** The word before the year in a permit decision number. */
  readonly permitWord: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { key: 'market', title: '市场监督管理局', cityTitle: '市场监督管理局', abbr: '市监', penaltyWord: '罚', permitWord: '许' },
  { key: 'ecology', title: '生态环境局', cityTitle: '生态环境局', abbr: '环', penaltyWord: '罚', permitWord: '许' },
  { key: 'emergency', title: '应急管理局', cityTitle: '应急管理局', abbr: '应急', penaltyWord: '罚', permitWord: '许' },
  { key: 'fire', title: '消防救援大队', cityTitle: '消防救援支队', abbr: '消', penaltyWord: '行罚决字', permitWord: '许字' },
  { key: 'urban', title: '城市管理局', cityTitle: '城市管理行政执法局', abbr: '城管', penaltyWord: '罚', permitWord: '许' },
  { key: 'transport', title: '交通运输局', cityTitle: '交通运输局', abbr: '交', penaltyWord: '罚', permitWord: '许' },
  { key: 'health', title: '卫生健康局', cityTitle: '卫生健康委员会', abbr: '卫', penaltyWord: '罚', permitWord: '许' },
];

/** How often each department appears as the penalising authority. */
export const PENALTY_DEPARTMENT_WEIGHTS: ReadonlyArray<Weighted<DepartmentKey>> = [
  ['market', 40], ['ecology', 12], ['emergency', 12], ['fire', 10], ['urban', 12], ['transport', 8], ['health', 6],
];

/** Departments that issue permits, by weight. */
export const PERMIT_DEPARTMENT_WEIGHTS: ReadonlyArray<Weighted<DepartmentKey>> = [
  ['market', 50], ['ecology', 10], ['fire', 8], ['transport', 16], ['health', 16],
];

/** One-character city abbreviations used in Fujian decision numbers (福州 is 榕, 厦门 厦 …). */
export const CITY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '3501': '榕', '3502': '厦', '3503': '莆', '3504': '明', '3505': '泉', '3506': '漳', '3507': '南', '3508': '岩', '3509': '宁',
};
