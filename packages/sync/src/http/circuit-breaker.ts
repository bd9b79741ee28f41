import { UpstreamCircuitOpenError } from './circuit-open-error';

/** closed: calls pass; open: calls fail at once; half-open: one trial call decides. */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Failed calls in a row that open the circuit. */
  failuresToOpen: number;
  /** How long the circuit stays open before one trial call, in milliseconds. */
  halfOpenAfterMs: number;
  /** Called on every change of state (metrics). */
  onStateChange?: (state: CircuitState) => void;
  /** Injectable clock, in epoch milliseconds. */
  nowMs?: () => number;
}

/**
 * A consecutive-failure circuit breaker, the semantics of cockatiel's `ConsecutiveBreaker` with a
 * single half-open trial. Calls admitted while closed only count while the circuit is still closed
 * when they end, so a slow call that finishes after the circuit opened cannot close or reopen it.
 * While the trial is out, other calls fail fast like in the open state.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private failuresInRow = 0;
  private openedAtMs = 0;
  private trialOut = false;
  private lastFailure: string | undefined;
  private readonly nowMs: () => number;

  constructor(readonly host: string, private readonly options: CircuitBreakerOptions) {
    this.nowMs = options.nowMs ?? Date.now;
  }

  get state(): CircuitState {
    return this.current;
  }

  /** Runs `call` through the breaker. Only errors for which `isFailure` holds count against the host. */
  async run<T>(call: () => Promise<T>, isFailure: (err: unknown) => boolean): Promise<T> {
    const trial = this.admit();
    try {
      const value = await call();
      this.settle(trial, null);
      return value;
    } catch (err) {
      if (isFailure(err)) this.settle(trial, err);
      else if (trial) this.trialOut = false;
      throw err;
    }
  }

  /** Lets a call through (true when it is the half-open trial) or throws UpstreamCircuitOpenError. */
  private admit(): boolean {
    if (this.current === 'closed') return false;
    const waitedMs = this.nowMs() - this.openedAtMs;
    if (this.current === 'open' && waitedMs >= this.options.halfOpenAfterMs) this.moveTo('half-open');
    if (this.current === 'half-open' && !this.trialOut) {
      this.trialOut = true;
      return true;
    }
    throw new UpstreamCircuitOpenError(this.host, Math.max(0, this.options.halfOpenAfterMs - waitedMs), this.lastFailure);
  }

  /** Records how an admitted call ended: `failure` null for a success. */
  private settle(trial: boolean, failure: unknown): void {
    if (!trial && this.current !== 'closed') return;
    if (trial) this.trialOut = false;
    if (failure === null) {
      this.failuresInRow = 0;
      if (trial) this.moveTo('closed');
      return;
    }
    this.lastFailure = failure instanceof Error ? failure.message : String(failure);
    this.failuresInRow += 1;
    if (trial || this.failuresInRow >= this.options.failuresToOpen) {
      this.openedAtMs = this.nowMs();
      this.moveTo('open');
    }
  }

  private moveTo(state: CircuitState): void {
    if (state === this.current) return;
    this.current = state;
    if (state === 'closed') this.failuresInRow = 0;
    this.options.onStateChange?.(state);
  }
}
