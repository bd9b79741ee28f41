/**
 * An upstream host failed too many times in a row, so its circuit is open: requests to it fail at
 * once, without reaching it, until the half-open trial. Not retried within a run; the run fails with
 * this as its cause and the next scheduled run (or the queue's retry) tries again.
 */
export class UpstreamCircuitOpenError extends Error {
  constructor(readonly host: string, readonly retryInMs: number, readonly lastFailure: string | undefined) {
    const after = lastFailure ? `; last failure: ${lastFailure}` : '';
    super(`upstream ${host} is failing, its circuit is open: no request is sent to it for another ${Math.ceil(retryInMs / 1000)} s${after}`);
    this.name = 'UpstreamCircuitOpenError';
  }
}
