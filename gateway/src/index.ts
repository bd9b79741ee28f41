import { readFile } from 'node:fs/promises';
import { createLogger, type Logger } from '@keyfield/core';
import { loadConfig } from './config';
import { jwtOptionsFor } from './identity/jwt-options';
import { loadPersistedDocuments } from './persisted/persisted-documents';
import { createGateway, type Gateway } from './server';

/** On SIGTERM or SIGINT: stop accepting, let in-flight requests finish, dispose, exit 0. */
function stopOnSignals(gateway: Gateway, logger: Logger): void {
  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'gateway shutting down');
    gateway.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'gateway shutdown failed');
        process.exit(1);
      },
    );
  };
  // `once`: a second signal while draining ends the process at once (Node's default action).
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Boot only: config → supergraph, token keys and persisted documents → listen. `npm run compose` writes the supergraph. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('gateway', config.logLevel);
  const supergraphSdl = await readFile(config.supergraphPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the supergraph at ${config.supergraphPath} (${err.code ?? err.message}); run \`npm run compose\` or set SUPERGRAPH_PATH`);
  });
  const gateway = await createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    production: config.production,
    logger,
    shutdownGraceMs: config.shutdownGraceMs,
    signingSecret: config.signingSecret,
    jwt: await jwtOptionsFor(config.jwt),
    limits: config.limits,
    rateLimits: config.rateLimits,
    persistedDocuments: await loadPersistedDocuments(config.persistedDocumentsPath),
    publicPersistedOnly: config.publicPersistedOnly,
    responseCache: config.responseCache ?? undefined,
  });
  const url = await gateway.listen(config.port, config.host);
  stopOnSignals(gateway, logger);
  const tokens = config.jwt.keys.kind === 'development' ? `development secret in ${config.jwt.keys.path}` : config.jwt.keys.kind;
  logger.info({ url, supergraph: config.supergraphPath, subgraphUrls: config.subgraphUrls, production: config.production, tokens, publicPersistedOnly: config.publicPersistedOnly, responseCacheTtlMs: config.responseCache?.ttlMs ?? 0 }, 'gateway ready');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
