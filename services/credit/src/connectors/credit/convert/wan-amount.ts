import { parseAmount, toYuan } from '@keyfield/core';
import { FieldProblem } from './field-problem';
import type { FieldOf, FieldReader } from './field-reader';

// 双公示 fines and confiscations arrive in 万元 (feeds.md), never in 元.
const UNIT = '万元';

/** The three columns of a money field in 万元; all null when the field is empty. */
export interface WanAmount {
  /** As published, grouping stripped (`<prefix>_amount`). */
  amount: string | null;
  /** `万元` (`<prefix>_unit`). */
  unit: typeof UNIT | null;
  /** Exact, in 元 (`<prefix>_yuan`). */
  yuan: string | null;
}

const NO_AMOUNT: Readonly<WanAmount> = { amount: null, unit: null, yuan: null };

/** Reads an amount field in 万元. A value that is not a non-negative amount rejects the record. */
export function readWanAmount<W extends object>(f: FieldReader<W>, field: FieldOf<W>): Readonly<WanAmount> {
  const parsed = parseAmount(f.text(field));
  if (parsed === null) return NO_AMOUNT;
  if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
  if (parsed.amount.startsWith('-')) throw new FieldProblem(field, `金额为负 — negative amount "${parsed.amount}"`);
  return { amount: parsed.amount, unit: UNIT, yuan: toYuan(parsed.amount, UNIT) };
}
