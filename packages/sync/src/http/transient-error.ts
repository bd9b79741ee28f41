/**
 * What went wrong with one attempt, as the upstream error metrics label it: no answer in time, the
 * connection failed or was cut, an HTTP 5xx or 429, or a body that cannot be used (an error
 * envelope, truncated JSON, a checksum that does not match).
 */
export type TransientKind = 'timeout' | 'network' | 'http' | 'body';

/**
 * An upstream answered, but not usefully: worth retrying (timeouts, resets, 5xx, 429, error and
 * truncated bodies). Connectors throw it with the default kind `body` for what they find wrong in a
 * response; the transport sets the other kinds.
 */
export class TransientUpstreamError extends Error {
  constructor(readonly url: string, message: string, readonly kind: TransientKind = 'body') {
    super(`${url}: ${message}`);
    this.name = 'TransientUpstreamError';
  }
}
