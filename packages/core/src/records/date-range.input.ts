import { isValidCalendarDate } from '../dates/calendar';
import { userInputError } from '../errors/user-input';
import { Field, InputType } from 'type-graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day in the years a disclosure record can carry. */
function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 1900 && year <= 2200 && isValidCalendarDate(year, Number(m[2]), Number(m[3]));
}

/** 日期范围 — inclusive range of calendar days (Asia/Shanghai), ISO `YYYY-MM-DD`. */
@InputType({ description: '日期范围 — inclusive range of days, YYYY-MM-DD' })
export class DateRange {
  @Field(() => String, { nullable: true })
  from?: string;

  @Field(() => String, { nullable: true })
  to?: string;
}

/** Validates a range argument; the error names the argument and the format. */
export function checkDateRange(range: DateRange | undefined, argument: string): DateRange | undefined {
  if (!range) return undefined;
  for (const [end, value] of [['from', range.from], ['to', range.to]] as const) {
    if (value !== undefined && value !== null && !isDay(value)) {
      throw userInputError(`${argument}.${end}`, `"${value}" is not a date`, 'Write days as YYYY-MM-DD, e.g. 2026-03-01');
    }
  }
  if (range.from && range.to && range.from > range.to) {
    throw userInputError(argument, `from ${range.from} is after to ${range.to}`, 'Swap the two ends');
  }
  return range;
}
