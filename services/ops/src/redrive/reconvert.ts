import { PUSH_SOURCE_PREFIX, pushedFileName, pushedSource, type AnySource, type Conversion, type ConvertContext } from '@keyfield/sync';
import type { StoredEntry } from './stored-entry';

/** Why an entry without a record cannot be re-driven. */
export const NO_RECORD = '无原始记录 — the line could not be parsed, so no record was kept; re-fetch the page or file to recover it';

/**
 * The file a record came from, for entries quarantined before the file name was recorded: the last
 * segment of the raw page's URL when it names a file (`…/xzxk_20261101.csv`, no query).
 */
export function fileNameOf(pageUrl: string | null): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const url = new URL(pageUrl);
    const last = url.pathname.split('/').pop() ?? '';
    return url.search === '' && /\.\w+$/.test(last) ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Converts a quarantined record again with the source's current converter, in the context the
 * sync gave it (source, fetch time, file), and shapes the row as the sync does: pointing at its
 * raw page, and marked `push:<source>` when it arrived by push ingest. The entry must have a record.
 */
export function reconvert(source: AnySource, entry: StoredEntry): Conversion {
  const ctx: ConvertContext = { source: source.name, fetchedAt: entry.fetchedAt, fileName: entry.fileName ?? fileNameOf(entry.pageUrl) ?? pushedFileName(entry.locator) };
  const result = source.convert(entry.record as never, ctx);
  if (!result.ok) return result;
  let row = entry.rawPageId === null ? result.row : { ...result.row, raw_page_id: entry.rawPageId };
  if (entry.locator.startsWith(PUSH_SOURCE_PREFIX) && 'source' in row) row = { ...row, source: pushedSource(source.name) };
  return { ...result, row };
}
