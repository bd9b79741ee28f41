export { createRequestContext } from './request-context';
export type { RequestContext } from './request-context';
