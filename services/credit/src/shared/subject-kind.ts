import { registerEnumType } from 'type-graphql';

/** 行政相对人类别 — who a penalty or permit concerns. */
export enum SubjectKind {
  LEGAL_ENTITY = 'LEGAL_ENTITY',
  NATURAL_PERSON = 'NATURAL_PERSON',
  INDIVIDUAL_BUSINESS = 'INDIVIDUAL_BUSINESS',
}

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: '行政相对人类别 — category of the party concerned',
  valuesConfig: {
    LEGAL_ENTITY: { description: '法人及非法人组织 — legal person or other organisation' },
    NATURAL_PERSON: { description: '自然人 — natural person (name masked, id never shown)' },
    INDIVIDUAL_BUSINESS: { description: '个体工商户 — individual business' },
  },
});
