import { PUBLIC_IDENTITY, type Identity } from '@keyfield/core';

/**
 * The verified caller of each request in flight, by its Request object: set once when the request
 * is parsed, read by the hooks that come later (limits, rate limit, persisted documents,
 * introspection, the subgraph calls). A request nobody authenticated is the public.
 */
export class RequestIdentities {
  private readonly byRequest = new WeakMap<Request, Identity>();

  remember(request: Request, identity: Identity): void {
    this.byRequest.set(request, identity);
  }

  of(request: Request | undefined): Identity {
    return (request && this.byRequest.get(request)) ?? PUBLIC_IDENTITY;
  }
}
