import { ErrorCode, type Logger } from '@keyfield/core';
import { GraphQLError } from 'graphql';

/** The runtime's code for a subgraph that could not be reached or answered with a non-GraphQL HTTP error. */
const SUBGRAPH_HTTP_ERROR = 'SUBREQUEST_HTTP_ERROR';

/** Same test as Yoga's: by name, since a GraphQLError may come from another copy of graphql-js. */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** A GraphQL error thrown on purpose (by a subgraph or by validation), not one wrapping a crash. */
function isIntended(error: GraphQLError): boolean {
  const cause = error.originalError;
  return cause == null || (isGraphQLError(cause) && isIntended(cause));
}

/** The subgraph an error came from (the runtime adds `serviceName` to subgraph errors). */
function serviceOf(error: GraphQLError): string | undefined {
  const service = error.extensions['serviceName'];
  return typeof service === 'string' ? service : undefined;
}

function unavailable(error: GraphQLError): GraphQLError {
  const service = serviceOf(error);
  return new GraphQLError(`${service ? `The ${service} service` : 'A service'} is unavailable; retry later`, {
    path: error.path,
    extensions: { code: ErrorCode.UpstreamUnavailable, ...(service ? { service } : {}) },
  });
}

/**
 * The gateway's error masking (Yoga `maskedErrors.maskError`), following api.md "Errors": errors a
 * subgraph or the gateway's policy raised on purpose pass with their code (UNAUTHENTICATED,
 * QUERY_TOO_COMPLEX, RATE_LIMITED, PERSISTED_QUERY_ONLY, …); a subgraph that cannot be reached
 * becomes UPSTREAM_UNAVAILABLE naming the service. A subgraph's UNAUTHENTICATED means it refused
 * the gateway's signature — a configuration fault of ours, not the caller's token — so it is logged
 * and goes out as INTERNAL_SERVER_ERROR, as does anything else unexpected (the runtime has logged it).
 */
export function maskErrorFor(logger: Logger) {
  return (error: unknown, message: string): Error => {
    if (isGraphQLError(error) && error.extensions['code'] === SUBGRAPH_HTTP_ERROR) return unavailable(error);
    const refusedSignature = isGraphQLError(error) && serviceOf(error) !== undefined && error.extensions['code'] === ErrorCode.Unauthenticated;
    if (refusedSignature) logger.error({ service: serviceOf(error), reason: error.message }, 'a subgraph refused the gateway\'s request signature; check SUBGRAPH_SIGNING_SECRET');
    if (isGraphQLError(error) && isIntended(error) && !refusedSignature) return error;
    return new GraphQLError(message, {
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: { code: ErrorCode.Internal },
    });
  };
}
