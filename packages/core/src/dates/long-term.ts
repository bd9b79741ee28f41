/**
 * Dates that upstreams write as the end of a validity period meaning "long-term" (长期): the
 * credit platform's 2099/12/31 and the database default 9999-12-31. Override per source through
 * `ParseDateOptions.longTermDates` rather than editing this list.
 */
export const LONG_TERM_DATES: readonly string[] = ['2099-12-31', '9999-12-31'];

/** Words written instead of an end date for an open-ended validity (长期 / 长期有效 / 永久). */
export const LONG_TERM_WORDS: readonly string[] = ['长期', '长期有效', '永久', '永久有效', '无固定期限'];

/** The date a long-term word stands for, so a validity end is always a date. */
export const LONG_TERM_SENTINEL = '2099-12-31';
