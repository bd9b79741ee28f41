import { createHash } from 'node:crypto';
import type { Queryable } from '@keyfield/core';

/** How the text encoding of a page was decided, strongest first (recorded with the bytes). */
export type EncodingBasis = 'bom' | 'declared' | 'contract' | 'detected' | 'default';

/** The bytes of one fetched page or file, as the upstream sent them. */
export interface RawPage {
  url: string;
  status: number;
  contentType: string | null;
  encoding: string;
  encodingBasis: EncodingBasis;
  bytes: Buffer;
  fetchedAt: string;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores a page once per (source, URL, sha256) and returns its id; the same bytes fetched again
 * reuse the stored row, so re-running a sync does not grow the archive.
 */
export async function archivePage(db: Queryable, source: string, page: RawPage): Promise<string> {
  const digest = sha256(page.bytes);
  const inserted = (await db.query(
    `INSERT INTO sync.raw_page (source, url, status, content_type, encoding, encoding_basis, sha256, bytes, fetched_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (source, url, sha256) DO NOTHING RETURNING id::text AS id`,
    [source, page.url, page.status, page.contentType, page.encoding, page.encodingBasis, digest, page.bytes, page.fetchedAt],
  )) as { id: string }[];
  if (inserted[0]) return inserted[0].id;
  const existing = (await db.query('SELECT id::text AS id FROM sync.raw_page WHERE source = $1 AND url = $2 AND sha256 = $3', [source, page.url, digest])) as { id: string }[];
  return existing[0]?.id ?? '';
}
