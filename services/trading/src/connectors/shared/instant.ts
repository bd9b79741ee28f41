import { parseDateTime } from '@keyfield/core';
import { FieldProblem } from './convert-kit';

/**
 * A point in time (ISO 8601 at +08:00) from any published form (`2026-03-13 09:00:00`,
 * `20260313090000`, `2026年3月13日上午9:00`, epoch ms); null when missing, a problem when wrong.
 */
export function readInstant(raw: string | null, field: string): string | null {
  const parsed = parseDateTime(raw);
  if (parsed === null) return null;
  if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
  return parsed.dateTime;
}

/** An instant that must be there. */
export function requireInstant(raw: string | null, field: string): string {
  const instant = readInstant(raw, field);
  if (instant === null) throw new FieldProblem(field, '缺少必填时间 — required time is missing or empty');
  return instant;
}
