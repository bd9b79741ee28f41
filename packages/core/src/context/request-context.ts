import { randomUUID } from 'node:crypto';
import { LoaderRegistry } from '../loaders/registry';

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  requestId: string;
  loaders: LoaderRegistry;
}

/** A fresh context per request: its own loaders, its own id (taken from the gateway when sent). */
export function createRequestContext(requestId?: string): RequestContext {
  return { requestId: requestId ?? randomUUID(), loaders: new LoaderRegistry() };
}
