export {
  syncRunsTotal, syncRecordsTotal, syncRunDurationSeconds, syncLagSeconds, syncQuarantineOpen, syncHeldSnapshotsOpen,
  syncRunHeartbeatAgeSeconds,
} from './metrics';
export { observeRun, RECORD_OUTCOMES } from './run-observer';
export type { RunObserver } from './run-observer';
export { runSourceObserved } from './run-observed';
export type { ObservedRunOptions } from './run-observed';
export { refreshSyncGauges, clearSyncGauges } from './refresh-gauges';
export { cursorLagSeconds } from './lag';
export { syncProgressFor, barProgress, lineProgress, PROGRESS_COLUMNS } from './progress';
export type { SyncProgress } from './progress';
