import { backOff } from 'exponential-backoff';
import { getBytes, type FetchedBytes } from './get-bytes';
import { TransientUpstreamError } from './transient-error';
import { upstreamHosts, type UpstreamHosts } from './upstream-hosts';

export { TransientUpstreamError } from './transient-error';
export type { FetchedBytes } from './get-bytes';

export interface FetchOptions {
  /** Per attempt, in milliseconds; time spent waiting for the host's rate limit is not counted. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry, in milliseconds; doubles each time, with full jitter. */
  retryDelayMs: number;
  /** The per-host policies to go through; the process's own (`upstreamHosts()`) when omitted. */
  hosts?: UpstreamHosts;
}

/**
 * Runs `attempt` until it succeeds, retrying only TransientUpstreamErrors, with exponential backoff
 * and full jitter. `fetchBytes` retries through this; call it directly only for work that is not one
 * HTTP request (it knows no host, so no circuit breaker or rate limit applies).
 */
export function retryTransient<T>(attempt: () => Promise<T>, options: Pick<FetchOptions, 'attempts' | 'retryDelayMs'>): Promise<T> {
  return backOff(attempt, {
    numOfAttempts: options.attempts,
    startingDelay: options.retryDelayMs,
    jitter: 'full',
    retry: (err) => err instanceof TransientUpstreamError,
  });
}

export function fetchBytes(url: string, options: FetchOptions): Promise<FetchedBytes>;
export function fetchBytes<T>(url: string, options: FetchOptions, accept: (res: FetchedBytes) => T): Promise<T>;
/**
 * GETs a URL through its host's circuit breaker, rate limit and per-attempt timeout, retrying
 * transient failures. `accept` checks and decodes the response inside the attempt: a
 * TransientUpstreamError it throws (an error envelope, truncated JSON) is retried and counts against
 * the host like a 5xx. An open circuit fails at once with UpstreamCircuitOpenError, never retried here.
 */
export function fetchBytes<T>(url: string, options: FetchOptions, accept?: (res: FetchedBytes) => T): Promise<T | FetchedBytes> {
  const host = (options.hosts ?? upstreamHosts()).for(url);
  const attempt = async (signal: AbortSignal): Promise<T | FetchedBytes> => {
    const res = await getBytes(url, signal);
    return accept ? accept(res) : res;
  };
  return retryTransient(() => host.attempt(attempt, options.timeoutMs), options);
}
