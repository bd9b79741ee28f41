import { toHalfWidth } from '../text/to-half-width';
import { readNumericDate } from './numeric-date';
import { readTextDate } from './text-date';
import { wallClockProblem } from './wall-clock';
import type { ReadResult } from './wall-clock';

/** What the date parsers accept: text as published, or a number from a JSON or spreadsheet reader. */
export type DateInput = string | number | null | undefined;

/** Trimmed, half-width text of the input with runs of whitespace collapsed; '' when there is none. */
export function cleanDateInput(raw: DateInput): string {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw !== 'string') return '';
  return toHalfWidth(raw).replace(/\s+/gu, ' ').trim();
}

/**
 * Reads any date form of domains.md §0.4 into a checked Shanghai wall-clock time. Expects
 * cleaned, non-empty text (see `cleanDateInput`). Never throws.
 */
export function readDate(text: string): ReadResult {
  const read = readNumericDate(text) ?? readTextDate(text);
  if (read === undefined) return { ok: false, reason: `无法识别的日期格式 — unrecognised date "${text.slice(0, 40)}"` };
  if (!read.ok) return read;
  const problem = wallClockProblem(read.clock);
  return problem === null ? read : { ok: false, reason: problem };
}
