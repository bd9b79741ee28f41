import type { MoneyUnit } from '@keyfield/core';
import type { Row } from '@keyfield/sync';
import { FieldProblem, type FieldReader } from '../../shared/convert-kit';
import { readMoney, type Money } from '../../shared/money-columns';
import type { GgzyPriceWire } from '../wire-types';

// PRICE_UNIT of the national trading-platform standard; codes stay text.
const UNITS: Readonly<Record<string, MoneyUnit>> = { '1': '元', '2': '万元' };
/** CURRENCY_CODE of 人民币 (ISO 4217 numeric). */
const RMB = '156';

/** How a record's amounts read: its price-unit code and currency, as published, and what they mean. */
export interface PriceUnit {
  columns: Row;
  /** An amount field of the record in this unit; a problem when the record has no usable unit. */
  money(raw: string | null, field: string): Money | null;
}

/**
 * Reads `PRICE_UNIT`, `CURRENCY_CODE` and `M_MONEY_UPDATE`. An unknown unit code is a problem; a
 * missing one only once an amount needs it: an amount is never stored under a guessed unit (元 and
 * 万元 differ ten thousand times). An amount in another currency has no 元 equivalent.
 */
export function readPriceUnit<W extends GgzyPriceWire>(f: FieldReader<W>): PriceUnit {
  const code = f.text('PRICE_UNIT');
  const currency = f.text('CURRENCY_CODE');
  const unit = code === null ? undefined : UNITS[code];
  if (code !== null && unit === undefined) throw new FieldProblem('PRICE_UNIT', `未知金额单位代码 "${code}" — expected 1 (元) or 2 (万元)`);
  return {
    columns: { price_unit_code: code, currency_code: currency, price_unit_corrected: f.text('M_MONEY_UPDATE') === '1' },
    money(raw, field) {
      if (raw === null || raw.trim() === '') return null;
      if (unit === undefined) {
        throw new FieldProblem('PRICE_UNIT', `缺少金额单位代码 — ${field} has an amount but the record no PRICE_UNIT`);
      }
      const money = readMoney(raw, unit, field);
      return money !== null && currency !== null && currency !== RMB ? { ...money, yuan: null } : money;
    },
  };
}
