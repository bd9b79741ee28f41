const TERMINATE_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Runs `create` and removes the SIGTERM/SIGINT listeners it added. The gateway runtime hard-wires
 * `disposeOnProcessTerminate` (whatwg-node's server adapter), which disposes it the moment a signal
 * arrives and so aborts the subgraph calls of requests still in flight. The gateway's `close()`
 * disposes it instead, after the HTTP server has drained.
 */
export function withoutSignalHandlers<T>(create: () => T): T {
  const before = new Map(TERMINATE_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const created = create();
  for (const signal of TERMINATE_SIGNALS) {
    const existing = before.get(signal);
    for (const listener of process.listeners(signal)) {
      if (!existing?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return created;
}
