import { decodeText, fetchBytes, sha256, TransientUpstreamError, type FetchOptions, type FetchedBytes, type RawPage } from '@keyfield/sync';

/** The JSON list envelope of the credit platform: every value a string, errors as `code` ≠ "0". */
interface Envelope<R> {
  code?: string;
  msg?: string;
  total?: string;
  rows?: R[];
}

export interface CreditPage<R> {
  url: string;
  total: number;
  rows: R[];
  fetchedAt: string;
  raw: RawPage;
}

export interface FileIndexEntry {
  name: string;
  date: string;
  bytes: string;
  sha256: string;
}

/** The bytes of a response as archived, decoded by BOM → declared charset → the feed's contract. */
function rawOf(res: FetchedBytes, contract: string): { raw: RawPage; text: string } {
  const decoded = decodeText(res.bytes, res.contentType, contract);
  return {
    text: decoded.text,
    raw: { url: res.url, status: res.status, contentType: res.contentType, encoding: decoded.encoding, encodingBasis: decoded.basis, bytes: res.bytes, fetchedAt: res.fetchedAt },
  };
}

/** Transport only: URLs, timeouts, retries, decoding. Knows nothing of rows. */
export class CreditClient {
  constructor(private readonly baseUrl: string, private readonly fetchOptions: FetchOptions) {}

  /** One page of a `since`-paged list. An error body or a truncated body is retried, then thrown. */
  async page<R>(path: string, since: string, pageNo: number, pageSize: number): Promise<CreditPage<R>> {
    const qs = new URLSearchParams({ since, pageNo: String(pageNo), pageSize: String(pageSize) });
    const url = `${this.baseUrl}${path}?${qs}`;
    return this.json<Envelope<R>, CreditPage<R>>(url, (body, raw) => {
      if (body.code !== '0') throw new TransientUpstreamError(url, `error body code=${body.code ?? '∅'} msg=${body.msg ?? ''}`);
      const total = Number(body.total ?? '0');
      if (!Array.isArray(body.rows) || !Number.isFinite(total)) throw new TransientUpstreamError(url, 'envelope without rows or total');
      return { url, total, rows: body.rows, fetchedAt: raw.fetchedAt, raw };
    });
  }

  /** The permit files the platform lists now. */
  fileIndex(path: string): Promise<FileIndexEntry[]> {
    const url = `${this.baseUrl}${path}/index.json`;
    return this.json<{ files?: FileIndexEntry[] }, FileIndexEntry[]>(url, (body) => {
      if (!Array.isArray(body.files)) throw new TransientUpstreamError(url, 'index without files');
      return body.files;
    });
  }

  /**
   * One file's bytes, checked against the sha256 the index lists: a truncated or half-replaced read
   * is retried like any transient failure. Decoding is the file decoder's (it knows the contract).
   */
  file(path: string, entry: FileIndexEntry): Promise<FetchedBytes> {
    const url = `${this.baseUrl}${path}/${encodeURIComponent(entry.name)}`;
    return fetchBytes(url, this.fetchOptions, (res) => {
      if (res.status !== 200) throw new TransientUpstreamError(url, `HTTP ${res.status}`, 'http');
      const digest = sha256(res.bytes);
      if (digest !== entry.sha256) throw new TransientUpstreamError(url, `sha256 ${digest} differs from the index's ${entry.sha256}`);
      return res;
    });
  }

  // Parsing happens inside the attempt: a truncated JSON body is a transient failure of the host.
  private json<B, T>(url: string, decode: (body: B, raw: RawPage) => T): Promise<T> {
    return fetchBytes(url, this.fetchOptions, (res) => {
      if (res.status !== 200) throw new TransientUpstreamError(url, `HTTP ${res.status}`, 'http');
      const { raw, text } = rawOf(res, 'utf-8');
      let body: B;
      try {
        body = JSON.parse(text) as B;
      } catch {
        throw new TransientUpstreamError(url, `unparseable JSON (${res.bytes.length} bytes, truncated?)`);
      }
      return decode(body, raw);
    });
  }
}
