/**
 * What the trading connectors need from the service's config (`services/trading/src/config.ts` reads
 * the environment; these are the values it hands over).
 */
export interface TradingConnectorSettings {
  /** Base URL of the city public-resource trading site (`UPSTREAM_GGZY_URL`), paths under `/ggzy`. */
  upstreamGgzyUrl: string;
  /** Base URL of the provincial procurement site (`UPSTREAM_CCGP_URL`), paths under `/ccgp`. */
  upstreamCcgpUrl: string;
  /** Per attempt, in milliseconds. */
  fetchTimeoutMs: number;
  /** Attempts per request, the first included. */
  fetchAttempts: number;
  /** Delay before the first retry, in milliseconds (doubles, full jitter). */
  retryDelayMs: number;
  /** Notices per `/ccgp` page, at most 50 (the upstream's limit). `/ggzy` pages are fixed at 50. */
  ccgpPageSize: number;
  /** A run re-reads this many seconds before its cursor (rows committed late upstream). */
  lookBackSeconds: number;
}
