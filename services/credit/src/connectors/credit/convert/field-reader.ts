import { LONG_TERM_WORDS, parseDate, parseDateTime } from '@keyfield/core';
import { FieldProblem } from './field-problem';

/** A validity end as stored: a day, or long-term (长期, e.g. `2099/12/31`) with no day. */
export interface ValidityEnd {
  date: string | null;
  longTerm: boolean;
}

/** Field names of a wire record, as the upstream spells them. */
export type FieldOf<W> = keyof W & string;

/**
 * Reads the fields of one wire record. Text is trimmed and an empty string is no value; a value
 * that is present but wrong throws a `FieldProblem` naming the field, because a wrong date or
 * amount is a wrong record, not a missing one.
 */
export class FieldReader<W extends object> {
  constructor(private readonly record: W) {}

  /** Trimmed text, or null when missing or blank. */
  text(field: FieldOf<W>): string | null {
    const value: unknown = this.record[field];
    // The contract says strings, but a JSON producer may slip a number in: read it as written.
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
    const trimmed = text.trim();
    return trimmed === '' ? null : trimmed;
  }

  /** Trimmed text that must be there (a key or a NOT NULL column). */
  required(field: FieldOf<W>): string {
    const text = this.text(field);
    if (text === null) throw new FieldProblem(field, '缺少必填字段 — required field is missing or empty');
    return text;
  }

  /** A calendar day `YYYY-MM-DD`, or null when missing. 长期 is no day: use `validityEnd`. */
  date(field: FieldOf<W>): string | null {
    const text = this.text(field);
    if (text !== null && LONG_TERM_WORDS.includes(text)) {
      throw new FieldProblem(field, `"${text}" 不是日期 — a long-term marker is not a day`);
    }
    const parsed = parseDate(text);
    if (parsed === null) return null;
    if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
    return parsed.date;
  }

  /** A calendar day that must be there. */
  requiredDate(field: FieldOf<W>): string {
    const date = this.date(field);
    if (date === null) throw new FieldProblem(field, '缺少必填日期 — required date is missing or empty');
    return date;
  }

  /** The end of a validity: long-term markers (`2099/12/31`, 长期) give no day and `longTerm`. */
  validityEnd(field: FieldOf<W>): ValidityEnd {
    const parsed = parseDate(this.text(field));
    if (parsed === null) return { date: null, longTerm: false };
    if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
    return parsed.longTerm ? { date: null, longTerm: true } : { date: parsed.date, longTerm: false };
  }

  /** An instant that must be there, ISO 8601 at +08:00 (upstream times are Asia/Shanghai). */
  requiredInstant(field: FieldOf<W>): string {
    const parsed = parseDateTime(this.text(field));
    if (parsed === null) throw new FieldProblem(field, '缺少时间戳 — required timestamp is missing or empty');
    if (!parsed.ok) throw new FieldProblem(field, parsed.reason);
    return parsed.dateTime;
  }
}
