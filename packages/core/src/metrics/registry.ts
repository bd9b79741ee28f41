import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's Prometheus registry: every metric of keyfield registers here, and each process
 * serves it at `/metrics`. Default process metrics (CPU, memory, event loop) are included.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'keyfield_' });
