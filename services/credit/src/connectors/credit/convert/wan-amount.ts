import type { Row } from '@keyfield/sync';
import { parseAmount, toYuan } from '@keyfield/core';
import { FieldProblem } from './field-problem';
import type { FieldOf, FieldReader } from './field-reader';

// 双公示 fines and confiscations arrive in 万元 (feeds.md), never in 元.
const UNIT = '万元';

/**
 * The three money columns `<prefix>_amount` (as published, grouping stripped), `<prefix>_unit`
 * and `<prefix>_yuan` (exact, in 元) of an amount field in 万元. All null when the field is
 * empty; a value that is not a non-negative amount rejects the record.
 */
export function wanAmountColumns<W extends object>(f: FieldReader<W>, field: FieldOf<W>, prefix: string): Row {
  const parsed = parseAmount(f.text(field));
  if (parsed === null) return { [`${prefix}_amount`]: null, [`${prefix}_unit`]: null, [`${prefix}_yuan`]: null };
  if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
  if (parsed.amount.startsWith('-')) throw new FieldProblem(field, `金额为负 — negative amount "${parsed.amount}"`);
  return {
    [`${prefix}_amount`]: parsed.amount,
    [`${prefix}_unit`]: UNIT,
    [`${prefix}_yuan`]: toYuan(parsed.amount, UNIT),
  };
}
