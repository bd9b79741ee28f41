import { decodeText, type EncodingBasis } from '@keyfield/sync';
import { parseRecord } from './parse-record';
import { readPermitHeader, type PermitHeader } from './permit-header';
import { recordTextAt } from './record-texts';

/** A line of a permit file that is not a usable record, by its 1-based physical line number. */
export interface PermitFileError {
  line: number;
  reason: string;
}

/** A permit file as records keyed by the header's column names, plus the lines that failed. */
export interface DecodedPermitFile {
  records: Record<string, string>[];
  /** The line each record starts on, parallel to `records` (for quarantine locators). */
  lines: number[];
  errors: PermitFileError[];
  /** The encoding the text was read with, and why (BOM, declared charset, or the feed contract). */
  encoding: string;
  encodingBasis: EncodingBasis;
}

const REPLACEMENT = '\uFFFD';

/** Why parsed fields are not a record under this header, or null when they are. */
function recordProblem(fields: readonly string[], header: PermitHeader): string | null {
  if (header.problem !== null) return header.problem;
  if (fields.length !== header.columns.length) {
    return `列数不符 — expected ${header.columns.length} fields, got ${fields.length}`;
  }
  // iconv-lite puts U+FFFD where bytes are not GB18030; storing that would corrupt the text.
  if (fields.some((field) => field.includes(REPLACEMENT))) return '含无效 GB18030 字节 — bytes that are not valid GB18030';
  return null;
}

/** Reads the record starting at line index `i` into `out`; returns the index to go on from. */
function readRecordAt(lines: readonly string[], i: number, header: PermitHeader, out: DecodedPermitFile): number {
  if ((lines[i] ?? '').trim() === '') return i + 1;
  const candidate = recordTextAt(lines, i);
  const parsed = parseRecord(candidate.text);
  if (!parsed.ok) {
    out.errors.push({ line: candidate.line, reason: parsed.reason });
    // A broken quote may have swallowed the lines after it: go on at the very next line.
    return i + 1;
  }
  const problem = recordProblem(parsed.fields, header);
  if (problem !== null) out.errors.push({ line: candidate.line, reason: problem });
  else {
    out.records.push(Object.fromEntries(header.columns.map((name, c) => [name, parsed.fields[c] ?? ''])));
    out.lines.push(candidate.line);
  }
  return candidate.lastIndex + 1;
}

/**
 * Decodes one permit file (feeds.md: GB18030, CRLF, RFC 4180 quoting, a Chinese header row).
 * GB18030 and not GBK, so characters outside the BMP (𠮷) survive; a BOM, if one is sent anyway,
 * is dropped. A bad line (broken quoting, wrong field count) is reported with its line number and
 * reading goes on; a header that breaks the contract is reported and fails every record.
 */
export function decodePermitFile(bytes: Buffer, contentType: string | null = null): DecodedPermitFile {
  // The contract says GB18030; a BOM or a declared charset, when an upstream sends one, comes first.
  const decoded = decodeText(bytes, contentType, 'gb18030');
  const lines = decoded.text.replace(/^\uFEFF/u, '').split('\n');
  const header = readPermitHeader(lines);
  const out: DecodedPermitFile = { records: [], lines: [], errors: [], encoding: decoded.encoding, encodingBasis: decoded.basis };
  if (header.problem !== null) out.errors.push({ line: header.line, reason: header.problem });
  for (let i = header.next; i < lines.length; ) i = readRecordAt(lines, i, header, out);
  return out;
}
