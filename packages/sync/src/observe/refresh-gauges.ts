import type { Queryable } from '@keyfield/core';
import { cursorLagSeconds } from './lag';
import { syncHeldSnapshotsOpen, syncLagSeconds, syncQuarantineOpen, syncRunHeartbeatAgeSeconds } from './metrics';

interface SourceCount {
  source: string;
  n: number;
}

/** Every state the gauges are set from, read in one round of queries. */
async function readGaugeState(db: Queryable) {
  const [cursors, quarantine, held, heartbeats] = await Promise.all([
    db.query('SELECT source, cursor FROM sync.state') as Promise<{ source: string; cursor: unknown }[]>,
    db.query('SELECT source, count(*)::int AS n FROM sync.quarantine WHERE resolved_at IS NULL GROUP BY source') as Promise<SourceCount[]>,
    db.query(`SELECT source, count(*)::int AS n FROM sync.held_snapshot WHERE status = 'held' GROUP BY source`) as Promise<SourceCount[]>,
    db.query(`SELECT source, extract(epoch FROM now() - max(heartbeat_at))::float8 AS n
      FROM sync.run WHERE status = 'running' GROUP BY source`) as Promise<SourceCount[]>,
  ]);
  return { cursors, quarantine, held, heartbeats };
}

/**
 * Sets the sync gauges from the database: lag per since-cursor, open quarantine and held snapshots
 * per source, heartbeat age of running runs. Call it before each scrape (the ops subgraph does on
 * `/metrics`). `sources` are the configured source names: each gets a 0 for quarantine and held
 * snapshots even before anything was written for it. Gauges are reset first, so a source that
 * stopped running or lost its lag drops out instead of showing a stale value.
 */
export async function refreshSyncGauges(db: Queryable, sources: readonly string[] = [], nowMs: number = Date.now()): Promise<void> {
  const state = await readGaugeState(db);
  for (const gauge of [syncLagSeconds, syncQuarantineOpen, syncHeldSnapshotsOpen, syncRunHeartbeatAgeSeconds]) gauge.reset();
  for (const source of sources) {
    syncQuarantineOpen.set({ source }, 0);
    syncHeldSnapshotsOpen.set({ source }, 0);
  }
  for (const { source, cursor } of state.cursors) {
    const lag = cursorLagSeconds(cursor, nowMs);
    if (lag !== null) syncLagSeconds.set({ source }, lag);
  }
  for (const { source, n } of state.quarantine) syncQuarantineOpen.set({ source }, n);
  for (const { source, n } of state.held) syncHeldSnapshotsOpen.set({ source }, n);
  for (const { source, n } of state.heartbeats) syncRunHeartbeatAgeSeconds.set({ source }, Math.max(0, n));
}

/** Clears the database-fed gauges: after a failed refresh, no value is better than a stale one. */
export function clearSyncGauges(): void {
  for (const gauge of [syncLagSeconds, syncQuarantineOpen, syncHeldSnapshotsOpen, syncRunHeartbeatAgeSeconds]) gauge.reset();
}
