import { metricsRegistry } from '@keyfield/core';
import { Counter } from 'prom-client';

/** Quarantine entries re-driven through the ops subgraph or CLI, by source and outcome. */
export const quarantineRedrivesTotal = new Counter({
  name: 'keyfield_quarantine_redrives_total',
  help: 'Quarantine entries re-driven, by source and outcome (STORED, STILL_REJECTED, SUPERSEDED, ALREADY_RESOLVED)',
  labelNames: ['source', 'outcome'] as const,
  registers: [metricsRegistry],
});
