import { parseAmount, toYuan, type MoneyUnit } from '@keyfield/core';
import type { Row } from '@keyfield/sync';
import { FieldProblem } from './convert-kit';

/** An amount as published, its unit, and its exact value in 元: decimal strings, never floats. */
export interface Money {
  amount: string;
  unit: MoneyUnit;
  /** Null for an amount in another currency: it has no exact 元 value. */
  yuan: string | null;
}

/**
 * Reads an amount published in `unit`: null when empty; a value that is not a non-negative decimal
 * is a problem of `field` (the record is quarantined, never stored with a guessed amount).
 */
export function readMoney(raw: string | null, unit: MoneyUnit, field: string): Money | null {
  const parsed = parseAmount(raw);
  if (parsed === null) return null;
  if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
  if (parsed.amount.startsWith('-')) throw new FieldProblem(field, `金额为负 — negative amount "${parsed.amount}"`);
  return { amount: parsed.amount, unit, yuan: toYuan(parsed.amount, unit) };
}

/** The columns `<prefix>_amount`, `<prefix>_unit`, `<prefix>_yuan` of an amount, all null without one. */
export function moneyColumns(prefix: string, money: Money | null): Row {
  return { [`${prefix}_amount`]: money?.amount ?? null, [`${prefix}_unit`]: money?.unit ?? null, [`${prefix}_yuan`]: money?.yuan ?? null };
}
