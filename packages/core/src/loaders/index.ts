export { LoaderRegistry, byKey, groupByKey } from './registry';
