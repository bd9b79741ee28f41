export { chooseEncoding } from './choose-encoding';
export type { EncodingChoice } from './choose-encoding';
export { decodeText } from './decode-text';
export type { DecodedText } from './decode-text';
