export { toYuan, isMoneyUnit, MONEY_UNITS, YUAN_PER_UNIT } from './units';
export type { MoneyUnit } from './units';
export { parseAmount } from './parse-amount';
export type { AmountParseResult } from './parse-amount';
export { parseMoneyUnit } from './parse-unit';
export { amountFromText } from './from-text';
export type { TextAmount } from './from-text';
export { parseChineseInteger } from './chinese-numeral';
export { MoneyDecimal, plainDecimal } from './money-decimal';
