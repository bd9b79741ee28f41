export { parseDate } from './parse-date';
export type { DateParseFailure, DateParseResult, ParseDateOptions, ParsedDate } from './parse-date';
export { parseDateTime } from './parse-date-time';
export type { DateTimeParseResult, ParsedDateTime } from './parse-date-time';
export type { DateInput } from './read-date';
export { LONG_TERM_DATES, LONG_TERM_SENTINEL, LONG_TERM_WORDS } from './long-term';
export { SHANGHAI_OFFSET, shanghaiDateOf } from './shanghai';
export { isValidCalendarDate } from './calendar';
