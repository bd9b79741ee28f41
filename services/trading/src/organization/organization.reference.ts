import type { Organization } from './organization.type';

/**
 * Resolves `Organization` references: trading stores nothing of its own per organisation, so the
 * representation (its code, and its name when a field `@requires` it) is the value. No SQL here;
 * the lists under it are batched per level.
 */
export const organizationReference = {
  __resolveReference(ref: { uscc: string; name?: string | null }): Organization {
    return { uscc: ref.uscc, name: ref.name ?? null };
  },
};
