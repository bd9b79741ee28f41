export { decodePermitFile } from './decode-permit-file';
export type { DecodedPermitFile, PermitFileError } from './decode-permit-file';
export { PERMIT_COLUMNS } from './permit-columns';
