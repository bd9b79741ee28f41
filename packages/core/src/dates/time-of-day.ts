/** A clock reading with an optional explicit offset (minutes east of UTC). */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number | null;
}

/** A time of day, or why the text is not one. */
export type TimeOfDayResult = { ok: true; time: TimeOfDay } | { ok: false; reason: string };

/** Chinese day-period words (时段): morning periods keep hours, afternoon ones add 12. */
const MORNING = ['上午', '早上', '早晨', '凌晨', '清晨', 'AM'];
const AFTERNOON = ['下午', '晚上', '傍晚', '夜间', '夜里', 'PM'];
const NOON = ['中午'];
const PERIOD = /^(上午|早上|早晨|凌晨|清晨|下午|晚上|傍晚|夜间|夜里|中午|AM|PM)/i;
const TRAILING_PERIOD = /\s*(AM|PM)$/i;
const ZONE = /\s*(Z|[+-]\d{2}:?\d{2})$/i;
const COLON_CLOCK = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?$/;
const CHINESE_CLOCK = /^(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?|\s*(\d{1,2})|(半))?\s*整?$/;

function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** Hour on a 24-hour clock after a day-period word; null when the pair makes no sense (上午15点). */
function applyPeriod(period: string | null, hour: number): number | null {
  if (period === null) return hour;
  const p = period.toUpperCase();
  if (hour > 12) return AFTERNOON.includes(p) ? hour : null; // 下午14:30 is redundant, not wrong
  if (MORNING.includes(p)) return hour === 12 ? 0 : hour;
  if (AFTERNOON.includes(p)) return hour === 12 ? 12 : hour + 12;
  if (NOON.includes(p)) return hour >= 1 && hour <= 3 ? hour + 12 : hour;
  return hour;
}

function readClock(text: string): { h: number; m: number; s: number; ms: number } | null {
  const colon = COLON_CLOCK.exec(text);
  if (colon) {
    const ms = colon[4] === undefined ? 0 : Math.floor(Number(`0.${colon[4]}`) * 1000);
    return { h: Number(colon[1]), m: Number(colon[2]), s: Number(colon[3] ?? 0), ms };
  }
  const cn = CHINESE_CLOCK.exec(text);
  if (!cn) return null;
  const minute = cn[5] === '半' ? 30 : Number(cn[2] ?? cn[4] ?? 0);
  return { h: Number(cn[1]), m: minute, s: Number(cn[3] ?? 0), ms: 0 };
}

/**
 * Reads the time part that follows a date: `09:00`, `9:00:05.123`, `上午9:00`, `下午3点半`,
 * `9时30分`, `9:00 PM`, with an optional `Z` / `+08:00` offset. Range checks are the caller's.
 */
export function parseTimeOfDay(raw: string): TimeOfDayResult {
  let text = raw.trim();
  const zone = ZONE.exec(text);
  if (zone) text = text.slice(0, zone.index);
  const trailing = TRAILING_PERIOD.exec(text);
  if (trailing) text = text.slice(0, trailing.index);
  const leading = PERIOD.exec(text);
  if (leading) text = text.slice(leading[0].length).trim();
  const period = trailing?.[1] ?? leading?.[1] ?? null;
  const clock = readClock(text);
  if (clock === null) return { ok: false, reason: `无法识别的时间 — unrecognised time "${raw.trim().slice(0, 40)}"` };
  const hour = applyPeriod(period, clock.h);
  if (hour === null) return { ok: false, reason: `时段与小时矛盾 — ${period ?? ''} does not fit hour ${clock.h}` };
  const offsetMinutes = zone?.[1] === undefined ? null : zoneMinutes(zone[1]);
  return { ok: true, time: { hour, minute: clock.m, second: clock.s, millisecond: clock.ms, offsetMinutes } };
}
