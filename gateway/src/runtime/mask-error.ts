import { ErrorCode } from '@keyfield/core';
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

/**
 * The gateway's error masking (Yoga `maskedErrors.maskError`), following api.md "Errors": errors a
 * subgraph or validation raised on purpose pass with their code; a subgraph that cannot be reached
 * becomes UPSTREAM_UNAVAILABLE naming the service; anything else is our bug — the runtime has
 * logged it — and goes out as INTERNAL_SERVER_ERROR with no internals.
 */
export function maskError(error: unknown, message: string): Error {
  if (isGraphQLError(error) && error.extensions['code'] === SUBGRAPH_HTTP_ERROR) {
    const service = error.extensions['serviceName'];
    const which = typeof service === 'string' ? `The ${service} service` : 'A service';
    return new GraphQLError(`${which} is unavailable; retry later`, {
      path: error.path,
      extensions: { code: ErrorCode.UpstreamUnavailable, ...(typeof service === 'string' ? { service } : {}) },
    });
  }
  if (isGraphQLError(error) && isIntended(error)) return error;
  return new GraphQLError(message, {
    path: isGraphQLError(error) ? error.path : undefined,
    extensions: { code: ErrorCode.Internal },
  });
}
