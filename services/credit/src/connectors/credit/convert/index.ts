export { convertPenalty } from './penalty';
export { convertPermit } from './permit';
export { convertOrganization } from './organization';
export { convertRepair } from './repair';
export { convertDefaulter } from './defaulter';
export { convertAbnormalListing } from './abnormal-listing';
export { DELETED_UPSTREAM } from './provenance';
export type { SubjectKind } from './subject-kind';
