import { decodeText, fetchBytes, TransientUpstreamError, type FetchOptions, type RawPage } from '@keyfield/sync';
import type { TimedPage } from '../shared/timed-page';
import type { CcgpNoticeWire } from './wire-types';

/** The site's answer: `{"success": true, "data": {"total": N, "list": [...]}}` or `{"success": false, "message": "…"}`. */
interface CcgpAnswer {
  success?: boolean;
  message?: string;
  data?: { total?: number | string; list?: CcgpNoticeWire[] };
}

/** The notices of archived bytes (replay); none when they are not a success answer. */
export function noticesOf(text: string): CcgpNoticeWire[] {
  const answer = JSON.parse(text) as CcgpAnswer;
  return answer.success === true && Array.isArray(answer.data?.list) ? answer.data.list : [];
}

/** Transport only: URLs, timeouts, retries, decoding and the envelope. Knows nothing of notices. */
export class CcgpClient {
  constructor(private readonly baseUrl: string, private readonly fetchOptions: FetchOptions) {}

  /** Page `page` (from 1) of `size` notices updated at or after `startTime` (epoch ms). Errors are retried, then thrown. */
  notices(startTime: number, page: number, size: number): Promise<TimedPage<CcgpNoticeWire>> {
    const url = `${this.baseUrl}/ccgp/notices?${new URLSearchParams({ startTime: String(startTime), page: String(page), size: String(size) })}`;
    return fetchBytes(url, this.fetchOptions, (res) => {
      if (res.status !== 200) throw new TransientUpstreamError(url, `HTTP ${res.status}`, 'http');
      const decoded = decodeText(res.bytes, res.contentType, 'utf-8');
      let answer: CcgpAnswer;
      try {
        answer = JSON.parse(decoded.text) as CcgpAnswer;
      } catch {
        throw new TransientUpstreamError(url, `unparseable JSON (${res.bytes.length} bytes, truncated?)`);
      }
      if (answer.success !== true) throw new TransientUpstreamError(url, `success=false message=${answer.message ?? ''}`);
      const total = Number(answer.data?.total);
      const list = answer.data?.list;
      if (!Array.isArray(list) || !Number.isSafeInteger(total)) throw new TransientUpstreamError(url, 'data without list or total');
      const raw: RawPage = { url, status: res.status, contentType: res.contentType, encoding: decoded.encoding, encodingBasis: decoded.basis, bytes: res.bytes, fetchedAt: res.fetchedAt };
      return { url, total, rows: list, fetchedAt: res.fetchedAt, raw };
    });
  }
}
