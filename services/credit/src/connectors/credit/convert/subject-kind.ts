/** 行政相对人类别 as an enum the schema can filter on. */
export type SubjectKind = 'LEGAL_ENTITY' | 'NATURAL_PERSON' | 'INDIVIDUAL_BUSINESS';

const KINDS: Readonly<Record<string, SubjectKind>> = {
  法人及非法人组织: 'LEGAL_ENTITY',
  // The label of the 2016 双公示 standard, still sent by older provincial systems.
  法人及其他组织: 'LEGAL_ENTITY',
  自然人: 'NATURAL_PERSON',
  个体工商户: 'INDIVIDUAL_BUSINESS',
};

/**
 * The kind of a subject category label, or undefined for a label we do not know: the caller
 * rejects the record, since the kind decides which personal-data rules apply to it.
 */
export function subjectKindOf(label: string): SubjectKind | undefined {
  return KINDS[label];
}
