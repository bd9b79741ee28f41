import { integer, optionalText, readSettings } from '@keyfield/core';
import type { RateLimits } from './rate-limits';

const rateSpec = {
  publicPoints: integer('GATEWAY_PUBLIC_RATE_LIMIT', 'requests an anonymous client (by IP) may send per window; 0 turns the limit off', 300, 0),
  signedInPoints: integer('GATEWAY_SIGNED_IN_RATE_LIMIT', 'requests a signed-in caller (by token subject) may send per window; 0 turns the limit off', 1_200, 0),
  windowSeconds: integer('GATEWAY_RATE_WINDOW_SECONDS', 'the rate-limit window, in seconds', 60, 1, 86_400),
  clientIpHeader: optionalText('GATEWAY_CLIENT_IP_HEADER', 'header a trusted proxy sets to the client\'s address (e.g. x-forwarded-for); unset uses the TCP peer'),
};

/** Rate limits per client; throws a ConfigError naming every bad variable. */
export function readRateLimitSettings(env: NodeJS.ProcessEnv): RateLimits {
  const read = readSettings(rateSpec, env);
  return {
    public: { points: read.publicPoints, windowSeconds: read.windowSeconds },
    signedIn: { points: read.signedInPoints, windowSeconds: read.windowSeconds },
    clientIpHeader: read.clientIpHeader?.toLowerCase(),
  };
}
