/** The upstream failures the simulator can produce (feeds.md, "Upstreams are unreliable"). */
export const FAULT_KINDS = [
  'delay', 'http-error', 'error-body', 'truncate', 'bad-row', 'repeat-row', 'insert-rows', 'empty', 'corrected-file',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * One fault to inject, as posted to `POST /_sim/faults`. With `count` it hits the next N matching
 * requests; with `rate` each matching request with that probability (seeded); with both, at most N
 * times at random; with neither, the next request only.
 */
export interface FaultRule {
  readonly kind: FaultKind;
  /** Path prefix a request must start with. Default `/credit`. */
  readonly path: string;
  readonly count?: number;
  /** Probability per matching request, 0 < rate ≤ 1. */
  readonly rate?: number;
  /** Seed of the random draws (default: the simulator seed). */
  readonly seed?: number;
  /** `delay`: milliseconds before answering. Default 2000. */
  readonly delayMs?: number;
  /** `http-error`: the status sent. Default 503. */
  readonly status?: number;
  /** `error-body`: the `code` and `msg` of the HTTP 200 error envelope. Default "9999" / 系统繁忙. */
  readonly code?: string;
  readonly msg?: string;
  /** `truncate`: share of the body sent (0–1, default 0.5); `short` ends the response cleanly with the cut body, `abort` promises the full length and drops the connection. */
  readonly keep?: number;
  readonly mode?: 'short' | 'abort';
  /** `insert-rows`: how many late rows to insert. Default 3. */
  readonly rows?: number;
  /** `corrected-file`: which file to correct. Default: the requested file, or the first listed. */
  readonly file?: string;
}

/** A rule that failed validation; the message says which field and why. */
export class FaultRuleError extends Error {}

/** Validates one rule from JSON. */
export function parseFaultRule(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new FaultRuleError('a fault rule must be a JSON object');
  const raw = input as Record<string, unknown>;
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new FaultRuleError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  }
  const path = optional(raw, 'path', 'string') ?? '/credit';
  if (!path.startsWith('/')) throw new FaultRuleError('path must start with /');
  const rule: FaultRule = {
    kind: kind as FaultKind,
    path,
    count: positiveInteger(raw, 'count'),
    rate: fraction(raw, 'rate', false),
    seed: optional(raw, 'seed', 'number'),
    delayMs: positiveInteger(raw, 'delayMs'),
    status: positiveInteger(raw, 'status'),
    code: optional(raw, 'code', 'string'),
    msg: optional(raw, 'msg', 'string'),
    keep: fraction(raw, 'keep', true),
    mode: optional(raw, 'mode', 'string') as FaultRule['mode'],
    rows: positiveInteger(raw, 'rows'),
    file: optional(raw, 'file', 'string'),
  };
  if (rule.count === 0) throw new FaultRuleError('count must be at least 1');
  if (rule.mode !== undefined && rule.mode !== 'short' && rule.mode !== 'abort') throw new FaultRuleError('mode must be short or abort');
  if (rule.status !== undefined && (rule.status < 400 || rule.status > 599)) throw new FaultRuleError('status must be 400–599');
  return rule;
}

function optional<T extends 'string' | 'number'>(raw: Record<string, unknown>, key: string, type: T): (T extends 'string' ? string : number) | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== type) throw new FaultRuleError(`${key} must be a ${type}`);
  return value as T extends 'string' ? string : number;
}

function positiveInteger(raw: Record<string, unknown>, key: string): number | undefined {
  const value = optional(raw, key, 'number');
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new FaultRuleError(`${key} must be a non-negative integer`);
  return value;
}

function fraction(raw: Record<string, unknown>, key: string, zeroAllowed: boolean): number | undefined {
  const value = optional(raw, key, 'number');
  if (value !== undefined && (value > 1 || value < 0 || (!zeroAllowed && value === 0))) throw new FaultRuleError(`${key} must be within ${zeroAllowed ? '[0' : '(0'}, 1]`);
  return value;
}
