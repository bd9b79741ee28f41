export { metricsRegistry } from './registry';
