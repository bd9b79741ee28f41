import type { Setting } from '@keyfield/core';

/** The word that turns a schedule off. */
export const SCHEDULE_OFF = 'off';

/**
 * A schedule: a cron expression of 5 or 6 fields (`*\/15 * * * *`), or `off` (null: not scheduled).
 * Only the shape is checked here; pg-boss parses the expression when the worker registers it, and a
 * bad one stops the worker at boot with the variable's name.
 */
export function scheduleSetting(env: string, doc: string, fallback: string | null): Setting<string | null> {
  return {
    env,
    doc: `${doc} (a cron expression of 5 or 6 fields, or "${SCHEDULE_OFF}")`,
    default: fallback,
    parse: (raw) => {
      const value = raw.trim().replace(/\s+/g, ' ');
      if (value.toLowerCase() === SCHEDULE_OFF) return null;
      const fields = value.split(' ').length;
      return fields === 5 || fields === 6 ? value : undefined;
    },
  };
}

/** The variable that overrides one source's schedule: `credit/xzcf` → `SYNC_SCHEDULE_CREDIT_XZCF`. */
export function scheduleEnvOf(source: string): string {
  return `SYNC_SCHEDULE_${source.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
