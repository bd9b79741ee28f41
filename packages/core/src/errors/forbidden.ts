import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/** The caller is known but may not do this; says which role would. Safe to show as is. */
export function forbiddenError(action: string, allowed: string): GraphQLError {
  return new GraphQLError(`Not allowed to ${action}: only ${allowed} may`, { extensions: { code: ErrorCode.Forbidden } });
}
