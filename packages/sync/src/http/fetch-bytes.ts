import { backOff } from 'exponential-backoff';

export interface FetchOptions {
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles each time, with jitter. */
  retryDelayMs: number;
}

export interface FetchedBytes {
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  fetchedAt: string;
}

/** An upstream answered, but not usefully: worth retrying (5xx, timeouts, resets). */
export class TransientUpstreamError extends Error {
  constructor(readonly url: string, message: string) {
    super(`${url}: ${message}`);
    this.name = 'TransientUpstreamError';
  }
}

async function once(url: string, timeoutMs: number): Promise<FetchedBytes> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new TransientUpstreamError(url, err instanceof Error ? err.message : String(err));
  }
  if (res.status >= 500 || res.status === 429) throw new TransientUpstreamError(url, `HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { url, status: res.status, contentType: res.headers.get('content-type'), bytes, fetchedAt: new Date().toISOString() };
}

/** Runs `attempt` until it succeeds, retrying only TransientUpstreamErrors (backoff with full jitter). */
export function retryTransient<T>(attempt: () => Promise<T>, options: Pick<FetchOptions, 'attempts' | 'retryDelayMs'>): Promise<T> {
  return backOff(attempt, {
    numOfAttempts: options.attempts,
    startingDelay: options.retryDelayMs,
    jitter: 'full',
    retry: (err) => err instanceof TransientUpstreamError,
  });
}

/** GETs a URL's bytes, retrying transient failures. */
export function fetchBytes(url: string, options: FetchOptions): Promise<FetchedBytes> {
  return retryTransient(() => once(url, options.timeoutMs), options);
}
