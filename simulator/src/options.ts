import { parseTimestamp } from './time/clock';
import type { WorldOptions } from './credit/world';

/** What a simulator is built from. Same options (and same advances) → byte-identical responses. */
export interface SimulatorOptions {
  /** Seed of every generated value. */
  readonly seed: number;
  /** Number of base penalties; the other feeds are sized from it (up to millions). */
  readonly size: number;
  /** Share of first versions that are malformed, 0–1. Default 0.005. */
  readonly malformedRate?: number;
  /** First `SJC` (`YYYY-MM-DD HH:mm:ss`). Default `2026-01-01 08:00:00`. */
  readonly startTime?: string;
}

export const DEFAULT_START_TIME = '2026-01-01 08:00:00';
export const DEFAULT_MALFORMED_RATE = 0.005;

/** Checks the options and resolves defaults; a RangeError names the bad option. */
export function resolveOptions(options: SimulatorOptions): WorldOptions {
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  if (!Number.isSafeInteger(options.size) || options.size < 1) throw new RangeError(`size must be a positive integer, got ${options.size}`);
  const malformedRate = options.malformedRate ?? DEFAULT_MALFORMED_RATE;
  if (!(malformedRate >= 0 && malformedRate <= 1)) throw new RangeError(`malformedRate must be within [0, 1], got ${malformedRate}`);
  const startSeconds = parseTimestamp(options.startTime ?? DEFAULT_START_TIME);
  if (startSeconds === undefined) throw new RangeError(`startTime must be YYYY-MM-DD HH:mm:ss, got ${options.startTime}`);
  return { seed: options.seed, size: options.size, malformedRate, startSeconds };
}
