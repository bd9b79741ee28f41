import { maskIdNumber, maskPersonName } from '@keyfield/core';
import { SubjectKind } from './subject-kind';
import type { Authority, Subject, SubjectRow } from './subject.type';

/**
 * The subject as the API shows it (policy.md 个人信息): a natural person's name masked for every
 * role, their id only masked, and no legal representative (that is an organisation's).
 */
export function subjectOf(r: SubjectRow, extra: { regNumber?: string | null; personIdNumber?: string | null } = {}): Subject {
  const person = r.subjectKind === SubjectKind.NATURAL_PERSON;
  return {
    name: person ? maskPersonName(r.subjectName) : r.subjectName,
    kind: r.subjectKind,
    category: r.subjectCategory,
    uscc: r.uscc,
    usccValid: r.usccValid,
    usccWarning: r.usccWarning,
    legalRepresentative: person ? null : r.legalRep,
    registrationNumber: extra.regNumber ?? null,
    idNumberMasked: person && extra.personIdNumber ? maskIdNumber(extra.personIdNumber) : null,
  };
}

/** An authority from its name and code columns; null when the upstream sent neither. */
export function authorityOf(name: string | null, uscc: string | null): Authority | null {
  return name || uscc ? { name: name ?? '', uscc } : null;
}
