import { metricsRegistry, type Logger, type Queryable } from '@keyfield/core';
import { clearSyncGauges, refreshSyncGauges } from '@keyfield/sync';
import type { MetricsBody } from './metrics-route';

/**
 * One Prometheus scrape of the ops process: the sync gauges refreshed from the database, then the
 * shared registry. When the database does not answer, the gauges are left empty (no stale values)
 * and the process metrics are still served.
 */
export function scrapeMetrics(db: Queryable, sourceNames: readonly string[], logger: Logger): () => Promise<MetricsBody> {
  return async () => {
    try {
      await refreshSyncGauges(db, sourceNames);
    } catch (err) {
      clearSyncGauges();
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'sync gauges not refreshed for this scrape');
    }
    return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
  };
}
