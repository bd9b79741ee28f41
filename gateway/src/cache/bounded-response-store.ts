import { LRUCache } from 'lru-cache';

/** What a stored answer replays: the bytes the gateway sent and their content type. */
export interface StoredAnswer {
  body: Buffer;
  contentType: string;
}

export interface ResponseStoreLimits {
  /** Answers kept at most. */
  maxEntries: number;
  /** Bytes the kept answers may take (least recently used go first). */
  maxBytes: number;
  /** How long an answer may be served, in milliseconds. */
  ttlMs: number;
}

/**
 * The public response cache's store, bounded by count and by bytes: a gateway with a memory limit
 * must not hold more answers than it has room for, however large each one is. Answers are kept as
 * the bytes sent (outside the JavaScript heap), so their size is exact. An answer larger than the
 * whole budget is not kept.
 */
export function boundedResponseStore(limits: ResponseStoreLimits): LRUCache<string, StoredAnswer> {
  return new LRUCache<string, StoredAnswer>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (answer) => Math.max(1, answer.body.length),
    ttl: limits.ttlMs,
    allowStale: false,
  });
}
