import { integer, readSettings, type SettingsOf } from '@keyfield/core';

/**
 * How hard one process may press one upstream host (URL origin), and when it stops trying. Per
 * process: N workers may have N times `maxConcurrent` requests in flight to a host. The per-attempt
 * timeout, the attempts and the retry delay belong to each connector (`CREDIT_FETCH_*`).
 */
export const upstreamSpec = {
  maxConcurrent: integer('UPSTREAM_MAX_CONCURRENT', 'requests in flight at once to one upstream host, per process', 4, 1, 64),
  // Off by default: the concurrency cap already bounds the load (at most maxConcurrent / latency
  // requests a second); set it for an upstream that publishes a request rate.
  minSpacingMs: integer('UPSTREAM_MIN_SPACING_MS', 'least time between the starts of two requests to one upstream host, in milliseconds; 0 for none', 0, 0, 60_000),
  breakerFailures: integer('UPSTREAM_BREAKER_FAILURES', 'failed attempts in a row to one upstream host that open its circuit', 5, 1, 1000),
  breakerHalfOpenMs: integer('UPSTREAM_BREAKER_HALF_OPEN_MS', 'how long an open circuit refuses requests before it lets one trial request through, in milliseconds', 30_000, 100, 3_600_000),
};

export type UpstreamSettings = SettingsOf<typeof upstreamSpec>;

/** Reads and validates the UPSTREAM_* settings; throws a ConfigError naming every bad variable. */
export function readUpstreamSettings(env: NodeJS.ProcessEnv = process.env): UpstreamSettings {
  return readSettings(upstreamSpec, env);
}
