import { toHalfWidth } from '../text/to-half-width';
import type { MoneyUnit } from './units';

const BARE: Readonly<Record<string, MoneyUnit>> = { 元: '元', 万元: '万元', 万: '万元', 亿元: '亿元', 亿: '亿元' };
const IN_BRACKETS = /\((?:单位:)?(?:人民币)?(亿元|万元|元)\)/u;

/**
 * The money unit of a unit cell or a column header: `万元`, `万`, `（万元）`, `单位：万元`,
 * `人民币亿元`, or a header such as `预算数（万元）`. Null when no unit is named, so a caller
 * never guesses 元 for a header that says nothing.
 */
export function parseMoneyUnit(raw: string | null | undefined): MoneyUnit | null {
  if (typeof raw !== 'string') return null;
  const text = toHalfWidth(raw).replace(/\s+/gu, '');
  const bare = text.replace(/^\(|\)$/gu, '').replace(/^单位:/u, '').replace(/^人民币/u, '');
  const direct = BARE[bare];
  if (direct !== undefined) return direct;
  const match = IN_BRACKETS.exec(text);
  return BARE[match?.[1] ?? ''] ?? null;
}
