/** The three 公开属性 values a record may carry (policy.md). */
export const DISCLOSURES = ['主动公开', '依申请公开', '不予公开'] as const;

export type Disclosure = (typeof DISCLOSURES)[number];

/**
 * 公开属性 (GKSX) as stored: the value when it is one of the three, else null. Null is read by
 * the policy as 依申请公开 (on request only), so an odd value can only hide a record, never show it.
 */
export function readDisclosure(raw: string | null): Disclosure | null {
  return DISCLOSURES.find((d) => d === raw) ?? null;
}
