import { CircuitBreaker, type CircuitState } from './circuit-breaker';
import { UpstreamCircuitOpenError } from './circuit-open-error';
import { HostLimiter } from './host-limiter';
import { TransientUpstreamError } from './transient-error';
import { outcomeOf, recordCircuitState, upstreamErrorsTotal, upstreamRequestDuration } from './upstream-metrics';
import type { UpstreamSettings } from './upstream-settings';

/**
 * The resilience of one upstream host, shared by every request to it in the process. An attempt is
 * admitted by the circuit breaker, then waits for the rate limit (at most `maxConcurrent` in flight,
 * starts `minSpacingMs` apart), then runs with its own timeout; waiting in the queue does not eat
 * into the timeout. Retries are the caller's (`fetchBytes`), so a backoff sleep holds no slot.
 */
export class HostPolicy {
  private readonly breaker: CircuitBreaker;
  private readonly limiter: HostLimiter;

  constructor(readonly host: string, settings: UpstreamSettings) {
    this.breaker = new CircuitBreaker(host, {
      failuresToOpen: settings.breakerFailures,
      halfOpenAfterMs: settings.breakerHalfOpenMs,
      onStateChange: (state) => recordCircuitState(host, state),
    });
    this.limiter = new HostLimiter(settings.maxConcurrent, settings.minSpacingMs);
    recordCircuitState(host, 'closed');
  }

  get circuit(): CircuitState {
    return this.breaker.state;
  }

  /** One attempt: `call` gets a signal that fires after `timeoutMs`; only transient errors count against the host. */
  async attempt<T>(call: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
    try {
      return await this.breaker.run(() => this.limiter.run(() => this.timed(call, timeoutMs)), (err) => err instanceof TransientUpstreamError);
    } catch (err) {
      if (err instanceof UpstreamCircuitOpenError) upstreamErrorsTotal.inc({ host: this.host, outcome: 'circuit_open' });
      throw err;
    }
  }

  private async timed<T>(call: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
    const end = upstreamRequestDuration.startTimer({ host: this.host });
    try {
      const value = await call(AbortSignal.timeout(timeoutMs));
      end({ outcome: 'ok' });
      return value;
    } catch (err) {
      const outcome = outcomeOf(err);
      end({ outcome });
      upstreamErrorsTotal.inc({ host: this.host, outcome });
      throw err;
    }
  }
}
