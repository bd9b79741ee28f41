import { TransientUpstreamError } from './transient-error';

/** A response as received: its bytes undecoded, for the archive and the connector's decoder. */
export interface FetchedBytes {
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  fetchedAt: string;
}

function transportError(url: string, err: unknown, signal: AbortSignal): TransientUpstreamError {
  if (signal.aborted) return new TransientUpstreamError(url, 'timed out before the whole answer arrived', 'timeout');
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
  return new TransientUpstreamError(url, `${err instanceof Error ? err.message : String(err)}${cause}`, 'network');
}

/**
 * One GET on the wire, its body read whole. A 5xx or 429, a reset, a connection dropped mid-body and
 * the signal firing are TransientUpstreamErrors; any other status is returned for the caller to judge.
 */
export async function getBytes(url: string, signal: AbortSignal): Promise<FetchedBytes> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (err) {
    throw transportError(url, err, signal);
  }
  if (res.status >= 500 || res.status === 429) {
    await res.body?.cancel().catch(() => undefined);
    throw new TransientUpstreamError(url, `HTTP ${res.status}`, 'http');
  }
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    throw transportError(url, err, signal);
  }
  return { url, status: res.status, contentType: res.headers.get('content-type'), bytes, fetchedAt: new Date().toISOString() };
}
