import type { Setting } from './env';

/** A string setting; `allowEmpty` keeps an unset value as the default. */
export function text(env: string, doc: string, fallback: string): Setting<string> {
  return { env, doc, default: fallback, parse: (raw) => raw };
}

/** An optional string setting (undefined when unset). */
export function optionalText(env: string, doc: string): Setting<string | undefined> {
  return { env, doc, default: undefined, parse: (raw) => raw };
}

/** A whole number within [min, max]. */
export function integer(env: string, doc: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): Setting<number> {
  return {
    env,
    doc: `${doc} (whole number ${min}–${max})`,
    default: fallback,
    parse: (raw) => {
      if (!/^-?\d+$/.test(raw.trim())) return undefined;
      const n = Number(raw);
      return n >= min && n <= max ? n : undefined;
    },
  };
}

/** A TCP port, 0 meaning "any free port". */
export function port(env: string, doc: string, fallback: number): Setting<number> {
  return integer(env, doc, fallback, 0, 65535);
}

/** An http(s) URL without a trailing slash. */
export function url(env: string, doc: string, fallback: string): Setting<string> {
  return {
    env,
    doc: `${doc} (an http or https URL)`,
    default: fallback,
    parse: (raw) => {
      try {
        const u = new URL(raw);
        return u.protocol === 'http:' || u.protocol === 'https:' ? raw.replace(/\/+$/, '') : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** true/false, 1/0, yes/no. */
export function flag(env: string, doc: string, fallback: boolean): Setting<boolean> {
  return {
    env,
    doc: `${doc} (true or false)`,
    default: fallback,
    parse: (raw) => {
      const v = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      return undefined;
    },
  };
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(env: string, doc: string, fallback: T, allowed: readonly T[]): Setting<T> {
  return {
    env,
    doc: `${doc} (one of ${allowed.join(', ')})`,
    default: fallback,
    parse: (raw) => (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined,
  };
}

/** A share between `min` and `max` (e.g. 0.2 for 20 %). */
export function fraction(env: string, doc: string, fallback: number, min = 0, max = 1): Setting<number> {
  return {
    env,
    doc: `${doc} (a number from ${min} to ${max})`,
    default: fallback,
    parse: (raw) => {
      const n = Number(raw.trim());
      return raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
    },
  };
}
