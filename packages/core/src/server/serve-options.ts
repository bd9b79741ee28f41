import type { Route } from './http-handler';

/** A clock: what "now" is. Tests inject one to move time across publicity windows. */
export type Clock = () => Date;

/** How a subgraph serves: who may call it, and what time it is. */
export interface ServeOptions {
  /** The secret the gateway signs requests with (SUBGRAPH_SIGNING_SECRET); unsigned requests are refused. */
  signingSecret: string;
  /** Defaults to the system clock. */
  clock?: Clock;
}

export interface SubgraphServerOptions extends ServeOptions {
  /** Plain HTTP routes beside `/graphql`, by exact path (e.g. `/metrics`). */
  routes?: Record<string, Route>;
}
