import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestIdentities } from '../identity/request-identities';
import { gatewayError, GatewayErrorCode } from '../runtime/gateway-error';
import { clientKey, type NodeServerContext } from './client-key';
import type { RateBudget, RateLimits } from './rate-limits';

function limiterFor(budget: RateBudget): RateLimiterMemory | null {
  return budget.points > 0 ? new RateLimiterMemory({ points: budget.points, duration: budget.windowSeconds }) : null;
}

/** The budgets in memory: one limiter per tier, null when that tier is not limited. */
export interface RateLimiters {
  public: RateLimiterMemory | null;
  signedIn: RateLimiterMemory | null;
}

export function rateLimitersFor(limits: RateLimits): RateLimiters {
  return { public: limiterFor(limits.public), signedIn: limiterFor(limits.signedIn) };
}

/** Spends one of an anonymous client's requests ahead of the pipeline; false when over its budget. */
export async function admitPublic(limiters: RateLimiters, key: string): Promise<boolean> {
  try {
    await limiters.public?.consume(key);
    return true;
  } catch (err) {
    if (err instanceof RateLimiterRes) return false;
    throw err;
  }
}

function rateLimited(budget: RateBudget, who: string, msBeforeNext: number): Error {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return gatewayError(GatewayErrorCode.RateLimited,
    `Rate limited: ${who} may send ${budget.points} requests per ${budget.windowSeconds} s; retry after ${retryAfterSeconds} s`, {
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds) },
      extensions: { retryAfterSeconds },
    });
}

/**
 * A budget of requests per client, in memory (one gateway process): GraphQL requests only, after
 * authentication, so a signed-in caller spends its own budget wherever it calls from. Over the
 * budget: HTTP 429 with Retry-After and RATE_LIMITED; nothing is sent to a subgraph.
 */
export function useRateLimit(limits: RateLimits, identities: RequestIdentities, limiters: RateLimiters = rateLimitersFor(limits)): GatewayPlugin {
  return {
    async onRequestParse({ request, serverContext }) {
      const identity = identities.of(request);
      const tier = identity.role === 'public' ? 'public' : 'signedIn';
      const limiter = limiters[tier];
      if (!limiter) return;
      try {
        await limiter.consume(clientKey(identity, request, serverContext as NodeServerContext, limits.clientIpHeader));
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        throw rateLimited(limits[tier], tier === 'public' ? 'an anonymous client' : 'a signed-in caller', err.msBeforeNext);
      }
    },
  };
}
