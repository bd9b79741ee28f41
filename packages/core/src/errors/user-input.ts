import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/**
 * The caller's mistake: says which argument is wrong and what to change. Safe to show as is.
 * `argument` is the path of the offending argument (`filter.decisionDate.from`).
 */
export function userInputError(argument: string, problem: string, fix: string): GraphQLError {
  return new GraphQLError(`${argument}: ${problem}. ${fix}`, {
    extensions: { code: ErrorCode.BadUserInput, argument, fix },
  });
}
