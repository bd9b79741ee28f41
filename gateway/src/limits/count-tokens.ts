import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Lexical tokens of `document`, counting stops once past `stopAfter` so a huge document costs no
 * more than the limit. A lexing error ends the count: parsing reports it properly afterwards.
 */
export function countTokens(document: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (count <= stopAfter && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A syntax error: left to the parser, which names it.
  }
  return count;
}
