import { GraphQLError } from 'graphql';

/** Codes the gateway adds to api.md's list for what only it enforces. */
export const GatewayErrorCode = {
  /** Too many requests from one client in the window; `retryAfterSeconds` says when to retry. */
  RateLimited: 'RATE_LIMITED',
  /** An anonymous client sent a document that is not one of the persisted ones. */
  PersistedQueryOnly: 'PERSISTED_QUERY_ONLY',
  /** A persisted-document hash the gateway does not know. */
  PersistedQueryNotFound: 'PERSISTED_QUERY_NOT_FOUND',
} as const;

export interface HttpErrorOptions {
  /** HTTP status of the whole response (Yoga takes it from `extensions.http` and strips that). */
  status?: number;
  headers?: Record<string, string>;
  /** More extensions beside `code`, for clients to act on (`retryAfterSeconds`, `limit`, …). */
  extensions?: Record<string, unknown>;
}

/** A GraphQL error the gateway raises on purpose: the error masking lets it through as it is. */
export function gatewayError(code: string, message: string, options: HttpErrorOptions = {}): GraphQLError {
  const http = options.status === undefined ? undefined : { status: options.status, ...(options.headers ? { headers: options.headers } : {}) };
  return new GraphQLError(message, { extensions: { code, ...options.extensions, ...(http ? { http } : {}) } });
}
