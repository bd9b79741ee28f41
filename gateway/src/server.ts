import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Logger } from '@keyfield/core';
import { drainingServer } from './http/draining-server';
import { hiveLoggerFor } from './runtime/hive-logger';
import { maskError } from './runtime/mask-error';
import { httpTransport } from './runtime/http-transport';
import { withoutSignalHandlers } from './runtime/signal-handlers';
import { transportEntriesFor } from './runtime/transport-entries';

/** Path of the GraphQL endpoint; a browser GET there gets GraphiQL (outside production). */
export const GRAPHQL_PATH = '/graphql';

export interface GatewayOptions {
  /** The supergraph SDL to serve: schema/supergraph.graphql, or one composed in memory. */
  supergraphSdl: string;
  /** Subgraph name → URL replacing the supergraph's routing URL (SUBGRAPH_URL_<NAME>). */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** Production mode: no GraphiQL, no landing page, no introspection. */
  production?: boolean;
  logger: Logger;
  /** How long close() lets in-flight requests run before their connections are cut, in ms. */
  shutdownGraceMs?: number;
}

export interface Gateway {
  runtime: GatewayRuntime;
  /** Starts listening; resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then disposes the runtime. */
  close(): Promise<void>;
}

function runtimeFor(options: GatewayOptions): GatewayRuntime {
  const production = options.production ?? false;
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    // The Rust query planner of Hive Router instead of the JavaScript one.
    unifiedGraphHandler,
    transports: { http: httpTransport },
    transportEntries: transportEntriesFor(options.supergraphSdl, options.subgraphUrls ?? {}),
    logging: hiveLoggerFor(options.logger),
    maskedErrors: { maskError, errorMessage: 'Internal server error' },
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    graphiql: production ? false : { title: 'keyfield' },
    // The IDE's scripts and styles are served from the package itself: no CDN needed, the page
    // works on a machine that reaches nothing but this gateway.
    renderGraphiQL,
    landingPage: !production,
    disableIntrospection: production ? {} : undefined,
    productName: 'keyfield',
  });
}

/**
 * The gateway over a static supergraph, behind a node:http server; opens no port. The supergraph
 * is loaded and planned before this resolves, so a bad SDL fails here, not on the first request.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  // close() owns shutdown: the runtime's own SIGTERM/SIGINT disposal would abort in-flight requests.
  const runtime = withoutSignalHandlers(() => runtimeFor(options));
  try {
    await runtime.getSchema();
  } catch (err) {
    await runtime.dispose();
    throw err;
  }
  const server = drainingServer(runtime);
  return {
    runtime,
    listen: async (port, host = '127.0.0.1') => `${await server.listen(port, host)}${GRAPHQL_PATH}`,
    close: async () => {
      await server.close(options.shutdownGraceMs ?? 8000);
      await runtime.dispose();
    },
  };
}
