import { toHalfWidth } from '../text/to-half-width';
import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from './chinese-numeral';
import { isMoneyUnit } from './units';
import type { MoneyUnit } from './units';

/** A fine found in free text, in the unit the text used. */
export interface TextAmount {
  /** Decimal text as written (grouping commas dropped); Chinese numerals become digits. */
  amount: string;
  unit: MoneyUnit;
}

const AMOUNT = `(\\d[\\d,]*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
const UNIT = '(亿元|万元|元)';
/** Filler allowed between 罚款 and the amount: 人民币, 金额, 为, colons, brackets, spaces. */
const FILLER = '(?:人民币|金额|共计|合计|为|计|:|\\(人民币\\)|\\s)*';
/** A range (以上 / 以下 / 至) quotes the law's bounds, not the fine imposed. */
const NOT_RANGE = '(?!\\s*(?:以上|以下|至|到|~|-))';
const PATTERNS: readonly RegExp[] = [
  new RegExp(`罚款${FILLER}${AMOUNT}\\s*${UNIT}${NOT_RANGE}`, 'gu'),
  new RegExp(`处(?:以)?${FILLER}${AMOUNT}\\s*${UNIT}(?:的)?罚款`, 'gu'),
];

function toTextAmount(amount: string, unit: string): TextAmount | null {
  if (!isMoneyUnit(unit)) return null;
  if (/^\d/.test(amount)) return { amount: amount.replace(/,/gu, ''), unit };
  // 贰万元 reads as 贰 万元, like 2万元; 壹万伍仟元 as 15000 元.
  const big = unit === '元' ? /^(.+)([万萬亿億])$/u.exec(amount) : null;
  const head = big?.[1] !== undefined ? parseChineseInteger(big[1]) : null;
  if (big && head !== null) return { amount: head, unit: /[万萬]/u.test(big[2] ?? '') ? '万元' : '亿元' };
  const whole = parseChineseInteger(amount);
  return whole === null ? null : { amount: whole, unit };
}

/**
 * Finds the fine (罚款) in penalty text such as `处以罚款2000元`, `罚款人民币1.5万元`,
 * `罚款贰仟元`, `处2万元罚款`, returning the first one as written. Bounds quoted from the law
 * (`处五千元以上五万元以下罚款`) are skipped. Null when no fine is stated. Never throws.
 */
export function amountFromText(text: string | null | undefined): TextAmount | null {
  if (typeof text !== 'string' || text === '') return null;
  const s = toHalfWidth(text);
  let best: { index: number; found: TextAmount } | null = null;
  for (const pattern of PATTERNS) {
    for (const m of s.matchAll(pattern)) {
      const found = toTextAmount(m[1] ?? '', m[2] ?? '');
      if (found !== null && (best === null || m.index < best.index)) best = { index: m.index, found };
      if (found !== null) break;
    }
  }
  return best?.found ?? null;
}
