import { integer, readSettings, text, sharedSettings, type SharedSettings } from '@keyfield/core';

const creditSpec = {
  fetchTimeoutMs: integer('CREDIT_FETCH_TIMEOUT_MS', 'timeout of one upstream request, in milliseconds', 15_000, 100, 600_000),
  fetchAttempts: integer('CREDIT_FETCH_ATTEMPTS', 'attempts per upstream request, the first included', 5, 1, 20),
  retryDelayMs: integer('CREDIT_RETRY_DELAY_MS', 'delay before the first retry, in milliseconds; doubles each time', 200, 0, 60_000),
  pageSize: integer('CREDIT_PAGE_SIZE', 'rows per page asked of the credit platform (it allows 100 at most)', 100, 1, 100),
  penaltyMinMonths: integer('PENALTY_PUBLICITY_MIN_MONTHS', 'shortest publicity of a penalty, in months from its decision date; a repair cannot end it earlier', 3, 0, 120),
  penaltyMaxMonths: integer('PENALTY_PUBLICITY_MAX_MONTHS', 'longest publicity of a penalty without an upstream end date, in months from its decision date', 36, 1, 240),
  penaltySpecialMinMonths: integer('PENALTY_SPECIAL_MIN_MONTHS', 'shortest publicity of a special-category penalty (特种设备, 安全生产, 消防), in months', 12, 0, 120),
  penaltySpecialKeywords: text('PENALTY_SPECIAL_KEYWORDS', 'comma-separated words that mark a special-category penalty when its violation type, legal basis or authority contains one', '特种设备,安全生产,消防'),
  lookBackSeconds: integer('CREDIT_LOOK_BACK_SECONDS', 'how far before its cursor a run starts, in seconds of SJC (late-committed rows)', 600, 0, 30 * 24 * 3600),
};

/** The credit subgraph's settings: the only reader of process.env in this service. */
export type CreditConfig = SharedSettings & ReturnType<typeof readCredit>;

const readCredit = (env: NodeJS.ProcessEnv) => readSettings(creditSpec, env);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CreditConfig {
  return { ...sharedSettings(env), ...readCredit(env) };
}
