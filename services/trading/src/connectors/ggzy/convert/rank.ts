import { FieldProblem } from '../../shared/convert-kit';

/** 排名 of a candidate: a whole number from 1 (第一中标候选人). */
export function readRank(raw: string, field: string): number {
  if (!/^\d{1,3}$/u.test(raw) || Number(raw) < 1) throw new FieldProblem(field, `排名应为正整数 — rank "${raw.slice(0, 20)}" is not a whole number from 1`);
  return Number(raw);
}
