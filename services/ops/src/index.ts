import 'reflect-metadata';
import { bootSubgraph, databaseUrlOf } from '@keyfield/core';
import { allSources } from '../../sources';
import { loadConfig, type OpsConfig } from './config';
import { opsDataSource } from './db';
import { createOpsServer } from './server';
import { opsQueue } from './trigger/ops-queue';

// The settings bootSubgraph reads are kept for the source registry, so process.env is read once.
let config: OpsConfig | undefined;

bootSubgraph({
  name: 'ops',
  loadSettings: () => (config = loadConfig()),
  port: (s) => s.opsPort,
  dataSource: opsDataSource,
  createServer: (db, logger, serve) => createOpsServer(db, logger, serve, {
    sources: config ? allSources() : [],
    queue: config ? opsQueue(databaseUrlOf(config), logger) : undefined,
  }),
});
