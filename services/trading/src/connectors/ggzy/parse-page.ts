import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GgzyElement, GgzyRow } from './wire-types';

/** The record elements a `<DATA>` envelope may hold, in no particular order. */
export const GGZY_ELEMENTS: readonly GgzyElement[] = ['GCJS_NOTICE', 'CANDIDATE_PUBLICITY', 'WIN_RESULT', 'TRANSFER_NOTICE', 'DEAL_LAND_INFO'];

// Children that repeat: a single one must still come back as a list.
const REPEATED = new Set<string>([...GGZY_ELEMENTS, 'CANDIDATE', 'WIN_BIDDER']);

// Every value stays text: `PRICE_UNIT` 01, region 350205 and project codes keep their zeros.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** A parsed `<DATA total page pageCount>` page, or why the body is not one. */
export type GgzyPageParse =
  | { ok: true; total: number; page: number; pageCount: number; rows: GgzyRow[] }
  | { ok: false; reason: string };

interface DataElement extends Partial<Record<GgzyElement, unknown[]>> {
  total?: string;
  page?: string;
  pageCount?: string;
}

/**
 * Reads one XML page. A body that is not well-formed (truncated) or has no `<DATA>` root with a
 * numeric `total` (an error page, `<ERROR>`) is not a page: the client retries it.
 */
export function parseGgzyPage(text: string): GgzyPageParse {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, reason: `malformed XML at line ${valid.err.line}: ${valid.err.msg} (truncated?)` };
  const doc = parser.parse(text) as { DATA?: DataElement | string; ERROR?: { CODE?: string; MSG?: string } };
  if (doc.ERROR) return { ok: false, reason: `error body code=${doc.ERROR.CODE ?? '∅'} msg=${doc.ERROR.MSG ?? ''}` };
  const data = typeof doc.DATA === 'object' ? doc.DATA : undefined;
  const total = Number(data?.total ?? Number.NaN);
  if (data === undefined || !Number.isSafeInteger(total)) return { ok: false, reason: 'no <DATA total="…"> envelope' };
  const rows = GGZY_ELEMENTS.flatMap((element) => (data[element] ?? []).map((record) => ({ element, record: asRecord(record) }) as GgzyRow));
  return { ok: true, total, page: Number(data.page ?? 1), pageCount: Number(data.pageCount ?? 1), rows };
}

// `<GCJS_NOTICE/>` parses to '': an empty record, which the converter rejects field by field.
function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
