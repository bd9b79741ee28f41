import { fraction, integer, readSettings, type SettingsOf } from '@keyfield/core';

/** How runs behave, wherever they are started (CLI, worker, `npm start`). */
export const runSpec = {
  holdShare: fraction('SYNC_HOLD_SHARE', 'share of stored records a full run may withdraw at once before it holds the snapshot for release', 0.2),
  groupRecords: integer('SYNC_GROUP_RECORDS', 'records committed together in one transaction (pages are grouped up to this)', 1000, 1, 100_000),
};

export type RunSettings = SettingsOf<typeof runSpec>;

/** Reads the run settings; a bad value throws a ConfigError naming it. */
export function readRunSettings(env: NodeJS.ProcessEnv = process.env): RunSettings {
  return readSettings(runSpec, env);
}
