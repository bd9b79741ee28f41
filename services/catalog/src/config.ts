import { sharedSettings, type SharedSettings } from '@keyfield/core';

/** The catalog subgraph's settings: the only reader of process.env in this service. */
export type CatalogConfig = SharedSettings;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CatalogConfig {
  return sharedSettings(env);
}
