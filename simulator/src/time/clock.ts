/**
 * Wall-clock arithmetic in whole seconds. Upstream times are Asia/Shanghai local times with no zone
 * on the wire; the simulator counts them as seconds on a naive (UTC-based) calendar so that no host
 * time zone or daylight rule can shift a value.
 */
export const SECONDS_PER_DAY = 86_400;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Parses `YYYY-MM-DD HH:mm:ss`; undefined when the text is not a real calendar time. */
export function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms / 1000;
}

/** Seconds → `YYYY-MM-DD HH:mm:ss` (the `SJC` format). */
export function formatTimestamp(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${formatDate(seconds, '-')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Seconds → a date with the given separator: `/` for 双公示 dates, `-` for the register. */
export function formatDate(seconds: number, separator: '/' | '-' | ''): string {
  const d = new Date(seconds * 1000);
  return [String(d.getUTCFullYear()), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())].join(separator);
}

/** Seconds → `2025年03月07日`, the court lists' date style. */
export function formatChineseDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCFullYear()}年${pad(d.getUTCMonth() + 1)}月${pad(d.getUTCDate())}日`;
}

/** The calendar year of a time. */
export function yearOf(seconds: number): number {
  return new Date(seconds * 1000).getUTCFullYear();
}

/** Midnight of the day holding `seconds`. */
export function startOfDay(seconds: number): number {
  return Math.floor(seconds / SECONDS_PER_DAY) * SECONDS_PER_DAY;
}

/** Seconds for a calendar date; used for fixed dates such as birthdays. */
export function dateSeconds(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 1000;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
