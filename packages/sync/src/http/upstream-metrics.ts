import { metricsRegistry } from '@keyfield/core';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { CircuitState } from './circuit-breaker';
import { TransientUpstreamError } from './transient-error';

// Labelled by host (`host:port` of the upstream's base URL, a handful per deployment) and outcome,
// never by URL: every page and file has its own URL, and each label value is a new series.
const registers = [metricsRegistry];

/** How one attempt ended: `ok`, or what went wrong (`circuit_open` never reached the host). */
export type UpstreamOutcome = 'ok' | 'timeout' | 'network' | 'http_error' | 'bad_body' | 'error' | 'circuit_open';

/** Wall time of each attempt that was sent, from its start on the wire to its end, in seconds. */
export const upstreamRequestDuration = new Histogram({
  name: 'keyfield_upstream_request_duration_seconds',
  help: 'Duration of one upstream request attempt, in seconds, by host and outcome',
  labelNames: ['host', 'outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30, 60],
  registers,
});

/** Attempts that failed, by host and outcome, plus requests refused by an open circuit. */
export const upstreamErrorsTotal = new Counter({
  name: 'keyfield_upstream_errors_total',
  help: 'Failed upstream request attempts, by host and outcome (timeout, network, http_error, bad_body, error, circuit_open)',
  labelNames: ['host', 'outcome'] as const,
  registers,
});

const STATE_VALUE: Record<CircuitState, number> = { closed: 0, open: 1, 'half-open': 2 };

/** The circuit of each host: 0 closed, 1 open, 2 half-open. */
export const upstreamCircuitState = new Gauge({
  name: 'keyfield_upstream_circuit_state',
  help: 'Circuit breaker of an upstream host: 0 closed, 1 open (requests refused), 2 half-open (one trial request)',
  labelNames: ['host'] as const,
  registers,
});

export function recordCircuitState(host: string, state: CircuitState): void {
  upstreamCircuitState.set({ host }, STATE_VALUE[state]);
}

const KIND_OUTCOME = { timeout: 'timeout', network: 'network', http: 'http_error', body: 'bad_body' } as const;

/** The outcome label of an attempt that threw `err`. */
export function outcomeOf(err: unknown): UpstreamOutcome {
  return err instanceof TransientUpstreamError ? KIND_OUTCOME[err.kind] : 'error';
}
