export { convertConstructionNotice } from './notice';
export { convertCandidatePublicity } from './candidate-publicity';
export { convertWinResult } from './win-result';
export { convertLandNotice } from './land-notice';
export { convertLandDeal } from './land-deal';
