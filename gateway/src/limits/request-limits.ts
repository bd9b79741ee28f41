import { MAX_PAGE_SIZE, type Role } from '@keyfield/core';

/** What one operation may ask for (policy.md "Request limits"). */
export interface RequestLimits {
  /** Deepest field nesting; a root field is at depth 1. */
  maxDepth: number;
  /** Aliased fields in the operation, fragments counted where they are spread. */
  maxAliases: number;
  /** Cost budget: see measureOperation for how a cost is counted. */
  maxCost: number;
  /** Lexical tokens of the document, checked before it is parsed. */
  maxTokens: number;
  /** Largest `first` a list field may be asked for (the subgraphs refuse more, too). */
  maxListSize: number;
}

/** Limits per kind of caller: anonymous clients are held to the strictest. */
export interface RoleLimits {
  public: RequestLimits;
  signedIn: RequestLimits;
}

export const DEFAULT_LIMITS: RoleLimits = {
  public: { maxDepth: 10, maxAliases: 15, maxCost: 5_000, maxTokens: 1_000, maxListSize: MAX_PAGE_SIZE },
  signedIn: { maxDepth: 15, maxAliases: 50, maxCost: 50_000, maxTokens: 5_000, maxListSize: MAX_PAGE_SIZE },
};

export function limitsFor(limits: RoleLimits, role: Role): RequestLimits {
  return role === 'public' ? limits.public : limits.signedIn;
}
