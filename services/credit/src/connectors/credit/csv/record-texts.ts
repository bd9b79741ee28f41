/** The text of one candidate record and the physical line it starts on (1-based). */
export interface RecordText {
  line: number;
  text: string;
  /** Index of the record's last physical line, so a reader can go on after it. */
  lastIndex: number;
}

function quoteCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '"') n += 1;
  return n;
}

/**
 * The candidate record starting at physical line `start` of `lines` (split on LF, each keeping
 * its CR): the line itself, plus following lines while its quotes are unbalanced, since RFC 4180
 * lets a quoted field hold line breaks. An unbalanced quote that never closes runs to the end.
 */
export function recordTextAt(lines: readonly string[], start: number): RecordText {
  let text = lines[start] ?? '';
  let last = start;
  let quotes = quoteCount(text);
  while (quotes % 2 === 1 && last + 1 < lines.length) {
    last += 1;
    const next = lines[last] ?? '';
    text += `\n${next}`;
    quotes += quoteCount(next);
  }
  // The CRLF that ends the record is a delimiter, not content.
  return { line: start + 1, text: text.replace(/\r$/u, ''), lastIndex: last };
}
