import { FieldProblem } from './field-problem';
import type { FieldOf, FieldReader } from './field-reader';

const COUNTY_CODE = /^\d{6}$/;

/** A 6-digit region code (行政区划代码, GB/T 2260), kept as text for its leading digits; null when missing. */
export function readRegionCode<W extends object>(f: FieldReader<W>, field: FieldOf<W>): string | null {
  const code = f.text(field);
  if (code === null || COUNTY_CODE.test(code)) return code;
  throw new FieldProblem(field, `行政区划代码应为 6 位数字 — region code "${code.slice(0, 20)}" is not 6 digits`);
}
