import iconv from 'iconv-lite';
import { chooseEncoding, type EncodingChoice } from './choose-encoding';

/** Text decoded from bytes, with the encoding used and why. */
export interface DecodedText extends EncodingChoice {
  text: string;
}

/** Decodes bytes by `chooseEncoding`'s precedence; an encoding iconv-lite lacks is read as UTF-8. */
export function decodeText(bytes: Buffer, contentType: string | null, contract: string | null): DecodedText {
  const choice = chooseEncoding(bytes, contentType, contract);
  const body = bytes.subarray(choice.bomLength);
  if (!iconv.encodingExists(choice.encoding)) return { ...choice, encoding: 'utf-8', basis: 'default', text: body.toString('utf8') };
  return { ...choice, text: iconv.decode(body, choice.encoding) };
}
