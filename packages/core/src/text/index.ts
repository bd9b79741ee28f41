export { toHalfWidth } from './to-half-width';
export { normaliseName } from './normalise-name';
