/** The per-run timeout fired: the run ends after its current batch, recorded timed_out. */
export class RunTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`run timeout of ${timeoutMs} ms reached`);
    this.name = 'RunTimeout';
  }
}

/** A signal that fires with a RunTimeout after `timeoutMs`; `clear` when the run is over. */
export function runDeadline(timeoutMs: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RunTimeout(timeoutMs)), timeoutMs);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
