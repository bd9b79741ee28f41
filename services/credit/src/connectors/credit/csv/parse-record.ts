import { CsvError, parse } from 'csv-parse/sync';

/** One CSV record's fields, or why its text is not one RFC 4180 record. */
export type ParsedRecord = { ok: true; fields: string[] } | { ok: false; reason: string };

const QUOTING: Readonly<Record<string, string>> = {
  INVALID_OPENING_QUOTE: '字段中间出现引号 — a quote inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: '引号后有多余字符 — characters after a closing quote',
  CSV_QUOTE_NOT_CLOSED: '引号未闭合 — a quoted field is never closed',
};

/**
 * Parses the text of exactly one record (its physical lines joined, final line break removed)
 * with csv-parse's strict RFC 4180 quoting. Never throws on bad input.
 */
export function parseRecord(text: string): ParsedRecord {
  // Without quotes RFC 4180 has no escaping, so a split is exact and far faster than the parser.
  if (!text.includes('"')) return { ok: true, fields: text.split(',') };
  try {
    const records = parse(text, { bom: false, relax_column_count: true, skip_empty_lines: false });
    const [fields, ...more] = records;
    if (fields === undefined || more.length > 0) return { ok: false, reason: '记录断行异常 — not exactly one record' };
    return { ok: true, fields };
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    return { ok: false, reason: `引号错误 — broken quoting: ${QUOTING[err.code] ?? err.code}` };
  }
}
