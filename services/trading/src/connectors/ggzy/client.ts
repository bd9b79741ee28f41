import { decodeText, fetchBytes, TransientUpstreamError, type FetchOptions, type RawPage } from '@keyfield/sync';
import type { TimedPage } from '../shared/timed-page';
import { parseGgzyPage } from './parse-page';
import type { GgzyRow } from './wire-types';

/** Records in every `/ggzy` page (feeds.md): the site has no page-size parameter. */
export const GGZY_PAGE_SIZE = 50;

/** Transport only: URLs, timeouts, retries, decoding and the XML envelope. Knows nothing of rows. */
export class GgzyClient {
  constructor(private readonly baseUrl: string, private readonly fetchOptions: FetchOptions) {}

  /**
   * Page `page` (from 1) of a list from `from` (`YYYYMMDDHHmmss`, inclusive). Parsing happens inside
   * the attempt: a truncated body or an error page is retried like a 5xx, then thrown.
   */
  page(path: string, from: string, page: number): Promise<TimedPage<GgzyRow>> {
    const url = `${this.baseUrl}${path}?${new URLSearchParams({ from, page: String(page) })}`;
    return fetchBytes(url, this.fetchOptions, (res) => {
      if (res.status !== 200) throw new TransientUpstreamError(url, `HTTP ${res.status}`, 'http');
      // The XML declaration says UTF-8 too; the header, when it names a charset, wins (chooseEncoding).
      const decoded = decodeText(res.bytes, res.contentType, 'utf-8');
      const parsed = parseGgzyPage(decoded.text);
      if (!parsed.ok) throw new TransientUpstreamError(url, parsed.reason);
      const raw: RawPage = { url, status: res.status, contentType: res.contentType, encoding: decoded.encoding, encodingBasis: decoded.basis, bytes: res.bytes, fetchedAt: res.fetchedAt };
      return { url, total: parsed.total, rows: parsed.rows, fetchedAt: res.fetchedAt, raw };
    });
  }
}
