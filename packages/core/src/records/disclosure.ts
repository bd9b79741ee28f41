import { registerEnumType } from 'type-graphql';

/** 公开属性 — the disclosure attribute the source assigned (policy.md). */
export enum Disclosure {
  PROACTIVE = 'PROACTIVE',
  ON_REQUEST = 'ON_REQUEST',
  NOT_PUBLIC = 'NOT_PUBLIC',
}

registerEnumType(Disclosure, {
  name: 'Disclosure',
  description: '公开属性 — disclosure attribute; a record that arrived without one counts as ON_REQUEST',
  valuesConfig: {
    PROACTIVE: { description: '主动公开 — proactive, public' },
    ON_REQUEST: { description: '依申请公开 — on request only' },
    NOT_PUBLIC: { description: '不予公开 — not public' },
  },
});

const BY_LABEL: Record<string, Disclosure> = { 主动公开: Disclosure.PROACTIVE, 依申请公开: Disclosure.ON_REQUEST, 不予公开: Disclosure.NOT_PUBLIC };

/** The enum of a stored label; a missing label is 依申请公开 until a person decides. */
export function disclosureOf(label: string | null): Disclosure {
  return (label && BY_LABEL[label]) || Disclosure.ON_REQUEST;
}
