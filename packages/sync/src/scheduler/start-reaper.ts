import type { Logger, Queryable } from '@keyfield/core';
import { reapStaleRuns } from './reaper';

/** A periodic reaper; `stop` waits for a pass in progress. */
export interface Reaper {
  stop(): Promise<void>;
}

/** Reaps stale runs now and every `intervalMs`. Every worker runs one; the update is idempotent. */
export function startReaper(db: Queryable, options: { staleRunMs: number; intervalMs: number }, logger: Logger): Reaper {
  let pass: Promise<void> = Promise.resolve();
  const reap = (): void => {
    pass = reapStaleRuns(db, options.staleRunMs).then(
      (runs) => {
        for (const run of runs) logger.warn(run, 'stale sync run marked abandoned');
      },
      (err: unknown) => logger.error({ err: err instanceof Error ? err.message : String(err) }, 'reaping stale sync runs failed'),
    );
  };
  reap();
  const timer = setInterval(reap, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pass;
    },
  };
}
