/** Prefix of every sync queue in pg-boss. */
export const SYNC_QUEUE_PREFIX = 'sync.';

/** The pg-boss queue of one source: `credit/xzcf` → `sync.credit.xzcf`. */
export function syncQueueName(source: string): string {
  return `${SYNC_QUEUE_PREFIX}${source.replaceAll('/', '.')}`;
}
