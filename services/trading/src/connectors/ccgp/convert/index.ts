export { convertProcurementNotice } from './notice';
export { convertProcurementResult } from './result';
export { convertProcurementContract } from './contract';
export { REVOKED_UPSTREAM } from './ccgp-change';
