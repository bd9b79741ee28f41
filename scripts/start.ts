import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { sharedSettings } from '@keyfield/core';
import { GATEWAY_NODE_OPTIONS, startChild, stopChildren, waitForHealthy, type Child } from './lib/children';
import { openDatabase, prepareDatabase } from './lib/database';
import { runSyncs } from './lib/run-syncs';
import { allSources } from '../services/sources';
import { SUBGRAPHS } from './subgraphs';

/**
 * `npm start`: Postgres (embedded unless DATABASE_URL is set) → migrations → the upstream
 * simulator, every subgraph and the gateway as separate processes → a first sync → one sync worker
 * (schedules from then on) → the URL.
 */
async function main(): Promise<void> {
  const settings = sharedSettings();
  const database = await openDatabase(settings);
  console.log(`Postgres: ${settings.databaseUrl ? 'DATABASE_URL' : `embedded, ${settings.embeddedPgDir}, port ${settings.embeddedPgPort}`}`);
  await prepareDatabase(database.url);
  // One secret for the gateway and the subgraphs it signs requests to; a fresh one per start unless set.
  const env = { DATABASE_URL: database.url, SUBGRAPH_SIGNING_SECRET: settings.signingSecret ?? randomBytes(32).toString('base64url') };
  const host = settings.host;
  const children: Child[] = [];
  const shutdown = async (code: number): Promise<never> => {
    await stopChildren(children);
    await database.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  try {
    children.push(startChild('simulator', 'simulator/src/index.ts', env));
    for (const s of SUBGRAPHS) children.push(startChild(s.name, s.entry, env));
    children.push(startChild('gateway', 'gateway/src/index.ts', { ...env, NODE_OPTIONS: GATEWAY_NODE_OPTIONS }));
    await waitForHealthy('simulator', `http://${host}:${settings.simulatorPort}/_sim/health`);
    for (const s of SUBGRAPHS) await waitForHealthy(s.name, `http://${host}:${s.port(settings)}/health`);
    await waitForHealthy('gateway', `http://${host}:${settings.gatewayPort}/healthcheck`);
    console.log('\nSync from the upstream simulator (each source from its stored cursor):');
    await runSyncs(database.url, allSources());
    children.push(startChild('worker', 'scripts/worker.ts', env));
    await waitForHealthy('worker', `http://${host}:${settings.workerMetricsPort}/health`);
    console.log(`\nkeyfield is up. Open http://${host}:${settings.gatewayPort}/graphql in a browser (GraphQL IDE). Ctrl-C stops everything.`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await shutdown(1);
  }
}

void main();
