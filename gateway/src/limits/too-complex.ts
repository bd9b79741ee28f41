import { ErrorCode, type Role } from '@keyfield/core';
import type { GraphQLError } from 'graphql';
import { gatewayError } from '../runtime/gateway-error';
import type { OperationMeasure } from './measure-operation';
import type { RequestLimits } from './request-limits';

/** Which limit an operation went over; also `extensions.limit` of its error. */
export type LimitKind = 'tokens' | 'listSize' | 'depth' | 'aliases' | 'cost';

function tooComplex(limit: LimitKind, value: number, max: number, what: string, role: Role): GraphQLError {
  const whose = role === 'public' ? ' for anonymous clients' : '';
  return gatewayError(ErrorCode.QueryTooComplex, `Query too complex: ${what}${whose}`, { extensions: { limit, value, max } });
}

/** The error for a document with more tokens than `max` (counting stopped at `counted`). */
export function tooManyTokens(counted: number, max: number, role: Role): GraphQLError {
  return tooComplex('tokens', counted, max, `the document has more than ${max} tokens, the limit`, role);
}

/** One error per limit `measure` goes over, each naming the limit and its value; empty when within. */
export function limitErrors(measure: OperationMeasure, limits: RequestLimits, role: Role): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const list = measure.largestList;
  if (list && list.size > limits.maxListSize) {
    errors.push(tooComplex('listSize', list.size, limits.maxListSize, `list size ${list.size} (first on ${list.field}) exceeds the limit of ${limits.maxListSize}`, role));
  }
  if (measure.depth > limits.maxDepth) {
    errors.push(tooComplex('depth', measure.depth, limits.maxDepth, `depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`, role));
  }
  if (measure.aliases > limits.maxAliases) {
    errors.push(tooComplex('aliases', measure.aliases, limits.maxAliases, `${measure.aliases} aliases exceed the limit of ${limits.maxAliases}`, role));
  }
  if (measure.cost > limits.maxCost) {
    errors.push(tooComplex('cost', measure.cost, limits.maxCost,
      `cost ${measure.cost} exceeds the budget of ${limits.maxCost} (each field counts 1, and what a list field selects counts once per item its \`first\` asks for, 20 when not given)`, role));
  }
  return errors;
}
