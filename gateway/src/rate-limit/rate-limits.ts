/** Requests one client may send in a window (rate-limiter-flexible's points and duration). */
export interface RateBudget {
  /** Requests per window; 0 turns the limit off for these callers. */
  points: number;
  /** The window, in seconds. */
  windowSeconds: number;
}

/** Rate limits per client: anonymous clients by IP (stricter), signed-in callers by token subject. */
export interface RateLimits {
  public: RateBudget;
  signedIn: RateBudget;
  /**
   * A header holding the client's address, set by a proxy in front of the gateway (its first
   * comma-separated entry is used); unset, the TCP peer's address is the client.
   */
  clientIpHeader?: string;
}
