/**
 * A host's rate limit: at most `maxConcurrent` calls in flight, started at least `minSpacingMs`
 * apart, in arrival order. Deliberately small: bottleneck's local store yields to the timer queue on
 * every operation, about 5 ms per request even when nothing waits, which a fast upstream (and the
 * ingest benchmark against the simulator) pays on every page.
 */
export class HostLimiter {
  private running = 0;
  private lastStartMs = Number.NEGATIVE_INFINITY;
  private readonly waiting: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly maxConcurrent: number, private readonly minSpacingMs: number) {}

  /** Calls in flight now. */
  get inFlight(): number {
    return this.running;
  }

  /** Runs `call` once a slot is free and the spacing allows. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.waiting.push(start);
      this.startNext();
    });
    try {
      return await call();
    } finally {
      this.running -= 1;
      this.startNext();
    }
  }

  private startNext(): void {
    while (this.timer === undefined && this.waiting.length > 0 && this.running < this.maxConcurrent) {
      const waitMs = this.lastStartMs + this.minSpacingMs - Date.now();
      if (waitMs > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.startNext();
        }, waitMs);
        return;
      }
      this.running += 1;
      this.lastStartMs = Date.now();
      this.waiting.shift()?.();
    }
  }
}
