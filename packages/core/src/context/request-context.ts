import { randomUUID } from 'node:crypto';
import { PUBLIC_IDENTITY, type Identity } from '../identity/identity';
import { LoaderRegistry } from '../loaders/registry';

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  requestId: string;
  loaders: LoaderRegistry;
  /** The caller, as the gateway verified and signed it. */
  identity: Identity;
  /** The request's moment: every publicity window of the request is judged at this instant. */
  now: Date;
}

/** A fresh context per request: its own loaders, its own id (taken from the gateway when sent). */
export function createRequestContext(requestId?: string, identity: Identity = PUBLIC_IDENTITY, now: Date = new Date()): RequestContext {
  return { requestId: requestId ?? randomUUID(), loaders: new LoaderRegistry(), identity, now };
}
