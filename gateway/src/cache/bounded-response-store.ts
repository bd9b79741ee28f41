import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Bytes of heap a cached result takes per character of its JSON: measured at about 2.2 for a
 * column page (objects, arrays and short strings weigh more than their text); rounded up.
 */
const HEAP_BYTES_PER_JSON_CHAR = 3;

export interface ResponseStoreLimits {
  /** Responses kept at most. */
  maxEntries: number;
  /** Estimated heap the kept responses may take, in bytes (least recently used go first). */
  maxBytes: number;
}

/** A response cache store that can be emptied at once (when every entry has become unreachable). */
export interface BoundedResponseStore extends Cache {
  clear(): void;
  /** The estimated heap the kept responses take, in bytes. */
  readonly bytes: number;
}

/**
 * The public response cache's store, bounded by count and by estimated heap: a gateway with a
 * heap limit must not hold more responses than it has room for, however large each one is. Entities
 * are not tracked (responses are invalidated by data generation, see `ChangeFeed`), so
 * `invalidate` empties the store.
 */
export function boundedResponseStore(limits: ResponseStoreLimits): BoundedResponseStore {
  const responses = new LRUCache<string, ExecutionResult>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    // A response larger than the whole budget is not kept (lru-cache refuses it).
    sizeCalculation: (result) => Math.max(1, JSON.stringify(result).length * HEAP_BYTES_PER_JSON_CHAR),
    allowStale: false,
  });
  const clear = (): void => responses.clear();
  return {
    set: (id, result, _entities, ttl) => void responses.set(id, result, { ttl }),
    get: (id) => responses.get(id) ?? null,
    invalidate: clear,
    clear,
    get bytes() {
      return responses.calculatedSize;
    },
  };
}
