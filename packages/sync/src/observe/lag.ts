import { parseDateTime } from '@keyfield/core';

/** Where a since-cursor starts before anything was read: no lag can be told from it. */
const BEGINNING = '1970-01-01 00:00:00';

/**
 * How far a source's committed cursor is behind `nowMs`, in whole seconds: now minus the upstream
 * change time (`SJC`, Shanghai wall-clock time) the cursor has reached. Only since-cursors
 * (`{ since: "YYYY-MM-DD HH:mm:ss" }`) carry such a time; any other cursor (a file feed's sha256
 * list) and an unread one give null — unknown, not zero.
 */
export function cursorLagSeconds(cursor: unknown, nowMs: number = Date.now()): number | null {
  if (typeof cursor !== 'object' || cursor === null) return null;
  const since = (cursor as { since?: unknown }).since;
  if (typeof since !== 'string' || since <= BEGINNING) return null;
  const parsed = parseDateTime(since);
  if (!parsed?.ok || !parsed.hasTime) return null;
  return Math.max(0, Math.round((nowMs - Date.parse(parsed.dateTime)) / 1000));
}
