import type Decimal from 'decimal.js';
import { MoneyDecimal, plainDecimal } from './money-decimal';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const WAN = new Set(['万', '萬']);
const YI = new Set(['亿', '億']);

/** Characters `parseChineseInteger` reads, for building patterns around it. */
export const CHINESE_NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), ...WAN, ...YI].join('');

interface State {
  total: Decimal;
  section: number;
  digit: number | null;
  /** Last unit read (零 resets it to 0): a digit after 百 or larger with no 零 is colloquial. */
  lastUnit: number;
  /** Smallest of 十/百/千 read since the last 万/亿: units must fall within a section. */
  sectionUnit: number;
}

function step(s: State, ch: string): boolean {
  const d = DIGITS[ch];
  if (d !== undefined) {
    if (s.digit !== null && s.digit !== 0) return false; // 二二 or 二零: two digits in a row
    s.digit = d;
    if (d === 0) s.lastUnit = 0;
    return true;
  }
  const small = SMALL_UNITS[ch];
  if (small !== undefined) {
    if (small >= s.sectionUnit) return false; // 二千三千, 十十
    const bareTen = small === 10 && s.digit === null && s.section === 0;
    const digit = bareTen ? 1 : s.digit;
    if (digit === null || digit === 0) return false; // 百 with no digit, 零千
    s.section += digit * small;
    s.digit = null;
    s.lastUnit = small;
    s.sectionUnit = small;
    return true;
  }
  const big = WAN.has(ch) ? 1e4 : YI.has(ch) ? 1e8 : 0;
  if (big === 0) return false;
  const part = s.section + (s.digit ?? 0);
  s.total = big === 1e8 ? s.total.plus(part).times(big) : s.total.plus(new MoneyDecimal(part).times(big));
  s.section = 0;
  s.digit = null;
  s.lastUnit = big;
  s.sectionUnit = Number.POSITIVE_INFINITY;
  return part > 0 || !s.total.isZero();
}

/**
 * An integer written in Chinese numerals, ordinary or financial (大写: 贰仟, 壹万伍仟, 两千零五十),
 * as decimal text. Null for anything it cannot read unambiguously, including the colloquial
 * 一万五 (15000 or 10005?) where a digit follows 百/千/万/亿 with no 零 between.
 */
export function parseChineseInteger(text: string): string | null {
  if (typeof text !== 'string' || text === '') return null;
  const s: State = {
    total: new MoneyDecimal(0),
    section: 0,
    digit: null,
    lastUnit: 0,
    sectionUnit: Number.POSITIVE_INFINITY,
  };
  for (const ch of text) {
    if (!step(s, ch)) return null;
  }
  if (s.digit !== null && s.digit !== 0 && s.lastUnit >= 100) return null;
  return plainDecimal(s.total.plus(s.section + (s.digit ?? 0)));
}
