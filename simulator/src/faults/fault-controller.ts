import { Rng } from '../random/rng';
import { type FaultPlan, noFaults } from './fault-plan';
import { type FaultRule, FaultRuleError, parseFaultRule } from './fault-rule';

/** An active rule and how often it may still fire (undefined: without limit). */
export interface FaultState {
  readonly id: number;
  readonly rule: FaultRule;
  remaining: number | undefined;
  fired: number;
}

/**
 * Injects upstream failures, on demand (the next N matching requests) or at random with a seeded
 * rate. The server asks `take(path)` once per request; `/_sim` requests are never hit.
 */
export class FaultController {
  private rules: Array<FaultState & { readonly rng: Rng }> = [];
  private nextId = 1;

  constructor(private readonly seed: number) {}

  /** Adds one rule; returns its state. */
  inject(input: FaultRule | Record<string, unknown>): FaultState {
    const rule = parseFaultRule(input);
    const id = this.nextId;
    this.nextId += 1;
    const state = {
      id,
      rule,
      remaining: rule.count ?? (rule.rate === undefined ? 1 : undefined),
      fired: 0,
      rng: new Rng(rule.seed ?? this.seed, 'fault', id),
    };
    this.rules.push(state);
    return state;
  }

  /** Adds what `POST /_sim/faults` carries: a rule, an array of rules, or `{ "rules": [...] }`. */
  injectJson(body: unknown): FaultState[] {
    const list = Array.isArray(body) ? body : isRulesObject(body) ? body.rules : [body];
    if (!Array.isArray(list)) throw new FaultRuleError('rules must be an array');
    const rules = list.map(parseFaultRule);
    return rules.map((rule) => this.inject({ ...rule }));
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** Rules still active. */
  list(): FaultState[] {
    return this.rules.map(({ id, rule, remaining, fired }) => ({ id, rule, remaining, fired }));
  }

  /** The faults that hit a request to `path`; consumes counts and random draws. */
  take(path: string): FaultPlan {
    const plan = noFaults();
    if (path.startsWith('/_sim')) return plan;
    for (const state of this.rules) {
      if (!path.startsWith(state.rule.path)) continue;
      if (state.rule.rate !== undefined && !state.rng.chance(state.rule.rate)) continue;
      state.fired += 1;
      if (state.remaining !== undefined) state.remaining -= 1;
      apply(plan, state.rule);
    }
    this.rules = this.rules.filter((s) => s.remaining === undefined || s.remaining > 0);
    return plan;
  }
}

function apply(plan: FaultPlan, rule: FaultRule): void {
  switch (rule.kind) {
    case 'delay': plan.delayMs += rule.delayMs ?? 2000; break;
    case 'http-error': plan.httpStatus = rule.status ?? 503; break;
    case 'error-body': plan.errorBody = { code: rule.code ?? '9999', msg: rule.msg ?? '系统繁忙，请稍后再试' }; break;
    case 'truncate': plan.truncate = { keep: rule.keep ?? 0.5, mode: rule.mode ?? 'short' }; break;
    case 'bad-row': plan.badRow = true; break;
    case 'repeat-row': plan.repeatRow = true; break;
    case 'insert-rows': plan.insertRows += rule.rows ?? 3; break;
    case 'empty': plan.empty = true; break;
    case 'corrected-file': plan.correctFile = rule.file ?? true; break;
  }
}

function isRulesObject(body: unknown): body is { rules: unknown } {
  return typeof body === 'object' && body !== null && 'rules' in body;
}
