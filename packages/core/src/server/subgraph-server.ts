import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { formatErrorFor } from '../errors/format';
import type { Logger } from '../logging/logger';
import type { RequestContext } from '../context/request-context';
import { apolloHandler } from './http-handler';
import type { SubgraphServerOptions } from './serve-options';

export interface SubgraphServer<C extends RequestContext> {
  apollo: ApolloServer<C>;
  http: Server;
  /** Starts listening; resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting requests and lets in-flight ones finish. */
  close(): Promise<void>;
}

/**
 * An Apollo server for a subgraph schema, behind a plain node:http server with optional extra
 * routes (no port opened yet). It answers only requests the gateway signed.
 */
export async function createSubgraphServer<C extends RequestContext>(
  schema: GraphQLSchema,
  logger: Logger,
  extend: (base: RequestContext) => C,
  options: SubgraphServerOptions,
): Promise<SubgraphServer<C>> {
  const apollo = new ApolloServer<C>({ schema, formatError: formatErrorFor(logger),
    introspection: true,
    // Field traces are for Apollo's hosted studio, which keyfield does not report to. Cache hints
    // are for HTTP caches in front of a server: the gateway keeps its own cache and reads none of
    // them, and computing them wraps every field's resolver (about 6 % of a subgraph's CPU).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const http = createServer(apolloHandler(apollo, extend, options));
  http.keepAliveTimeout = 65_000;
  return {
    apollo,
    http,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const { port: actual } = http.address() as AddressInfo;
          resolve(`http://${host}:${actual}/graphql`);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await apollo.stop();
    },
  };
}
