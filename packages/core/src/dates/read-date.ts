import { toHalfWidth } from '../text/to-half-width';
import { readCommonDate } from './common-date';
import { readNumericDate } from './numeric-date';
import { readTextDate } from './text-date';
import { wallClockProblem } from './wall-clock';
import type { ReadResult } from './wall-clock';

/** What the date parsers accept: text as published, or a number from a JSON or spreadsheet reader. */
export type DateInput = string | number | null | undefined;

/** Whitespace other than a single space: what collapsing would change (testing is cheaper). */
const COLLAPSIBLE = /[^\S ]|\s\s/u;

/** Trimmed, half-width text of the input with runs of whitespace collapsed; '' when there is none. */
export function cleanDateInput(raw: DateInput): string {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw !== 'string') return '';
  const text = toHalfWidth(raw);
  return (COLLAPSIBLE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();
}

/**
 * Reads any date form of domains.md §0.4 into a checked Shanghai wall-clock time. Expects
 * cleaned, non-empty text (see `cleanDateInput`). Never throws.
 */
export function readDate(text: string): ReadResult {
  const read = readCommonDate(text) ?? readNumericDate(text) ?? readTextDate(text);
  if (read === undefined) return { ok: false, reason: `无法识别的日期格式 — unrecognised date "${text.slice(0, 40)}"` };
  if (!read.ok) return read;
  const problem = wallClockProblem(read.clock);
  return problem === null ? read : { ok: false, reason: problem };
}
