import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { RequestIdentities } from '../identity/request-identities';
import { countTokens } from './count-tokens';
import { measureOperation } from './measure-operation';
import { limitsFor, type RoleLimits } from './request-limits';
import { limitErrors, tooManyTokens } from './too-complex';

/**
 * policy.md "Request limits", per role: tokens are counted before the document is parsed; depth,
 * aliases, list sizes and cost are measured on the validated operation with its variables, before
 * anything is sent to a subgraph. Over a limit, the answer is QUERY_TOO_COMPLEX errors naming each
 * limit and its value, and no data. Done outside validation rules on purpose: the validation cache
 * is keyed by the rules' names, so per-role rules would share cached results across roles.
 */
export function useRequestLimits(limits: RoleLimits, identities: RequestIdentities): GatewayPlugin {
  return {
    onParams({ params, request }) {
      const role = identities.of(request).role;
      const max = limitsFor(limits, role).maxTokens;
      const counted = typeof params.query === 'string' ? countTokens(params.query, max) : 0;
      if (counted > max) throw tooManyTokens(counted, max, role);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const role = identities.of((args.contextValue as { request?: Request }).request).role;
      const measure = measureOperation(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      const errors = measure ? limitErrors(measure, limitsFor(limits, role), role) : [];
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
