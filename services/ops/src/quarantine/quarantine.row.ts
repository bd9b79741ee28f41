import { maskRecord } from '../shared/mask-record';
import { shanghaiIso } from '../shared/timestamps';
import type { QuarantineEntry } from './quarantine-entry.type';
import type { RawPage } from './raw-page.type';

/** The SELECT list of a quarantine entry (alias `q`). */
export const ENTRY_COLUMNS = `q.id::text AS id, q.source, q.stage, q.reason, q.locator, q.record_key AS "recordKey", q.record,
  ${shanghaiIso('q.created_at')} AS "createdAt", ${shanghaiIso('q.resolved_at')} AS "resolvedAt", q.resolution, q.resolved_by AS "resolvedBy",
  q.resolution_note AS "resolutionNote", q.file_name AS "fileName", q.raw_page_id::text AS "rawPageId"`;

export interface EntryRow extends Omit<QuarantineEntry, 'record'> {
  record: unknown;
}

export function toEntry(row: EntryRow): QuarantineEntry {
  return { ...row, record: row.record === null || row.record === undefined ? null : JSON.stringify(maskRecord(row.record)) };
}

/** The SELECT list of a raw page's description (alias `p`); `octet_length` reads no bytes. */
export const RAW_PAGE_COLUMNS = `p.id::text AS id, p.url, p.status, p.content_type AS "contentType", p.encoding,
  p.encoding_basis AS "encodingBasis", p.sha256, ${shanghaiIso('p.fetched_at')} AS "fetchedAt", octet_length(p.bytes) AS "byteLength"`;

export type RawPageRow = RawPage;
