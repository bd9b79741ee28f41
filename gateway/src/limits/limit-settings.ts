import { integer, MAX_PAGE_SIZE, readSettings } from '@keyfield/core';
import { DEFAULT_LIMITS, type RequestLimits, type RoleLimits } from './request-limits';

/** The four budgets of one kind of caller: GATEWAY_PUBLIC_MAX_DEPTH, GATEWAY_SIGNED_IN_MAX_COST, … */
function budgetSpec(prefix: 'GATEWAY_PUBLIC' | 'GATEWAY_SIGNED_IN', who: string, defaults: RequestLimits) {
  return {
    maxDepth: integer(`${prefix}_MAX_DEPTH`, `deepest field nesting in an operation of ${who}`, defaults.maxDepth, 1, 1_000),
    maxAliases: integer(`${prefix}_MAX_ALIASES`, `aliased fields in an operation of ${who}`, defaults.maxAliases, 0, 10_000),
    maxCost: integer(`${prefix}_MAX_COST`, `cost budget of an operation of ${who} (fields, times the \`first\` of the lists they are in)`, defaults.maxCost, 1),
    maxTokens: integer(`${prefix}_MAX_TOKENS`, `lexical tokens in a document of ${who}`, defaults.maxTokens, 1, 1_000_000),
  };
}

const listSpec = {
  maxListSize: integer('GATEWAY_MAX_LIST_SIZE', `largest \`first\` a list field may ask for (the subgraphs allow at most ${MAX_PAGE_SIZE})`, MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE),
};

/** Request limits per kind of caller; throws a ConfigError naming every bad variable. */
export function readLimitSettings(env: NodeJS.ProcessEnv): RoleLimits {
  const { maxListSize } = readSettings(listSpec, env);
  return {
    public: { ...readSettings(budgetSpec('GATEWAY_PUBLIC', 'an anonymous client', DEFAULT_LIMITS.public), env), maxListSize },
    signedIn: { ...readSettings(budgetSpec('GATEWAY_SIGNED_IN', 'a signed-in caller', DEFAULT_LIMITS.signedIn), env), maxListSize },
  };
}
