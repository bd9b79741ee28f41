import { loadConfig as loadCreditConfig, type CreditConfig } from '../../credit/src/config';

/**
 * The ops subgraph's settings: the shared ones (port `OPS_PORT`, database, log level) plus every
 * domain's source settings, because re-drive converts with the same source registry the sync uses
 * (services/sources.ts needs them to build its sources). The only reader of process.env here.
 */
export type OpsConfig = CreditConfig;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): OpsConfig {
  return loadCreditConfig(env);
}
