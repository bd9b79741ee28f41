import { fetchBytes, retryTransient, TransientUpstreamError, type FetchOptions } from '@keyfield/sync';

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
}

export interface FileIndexEntry {
  name: string;
  date: string;
  bytes: string;
  sha256: string;
}

/** Transport only: URLs, timeouts, retries, envelope decoding. Knows nothing of rows. */
export class CreditClient {
  constructor(private readonly baseUrl: string, private readonly fetchOptions: FetchOptions) {}

  /** One page of a `since`-paged list. An error body or a truncated body is retried, then thrown. */
  async page<R>(path: string, since: string, pageNo: number, pageSize: number): Promise<CreditPage<R>> {
    const qs = new URLSearchParams({ since, pageNo: String(pageNo), pageSize: String(pageSize) });
    const url = `${this.baseUrl}${path}?${qs}`;
    return this.json<Envelope<R>, CreditPage<R>>(url, (body, fetchedAt) => {
      if (body.code !== '0') throw new TransientUpstreamError(url, `error body code=${body.code ?? '∅'} msg=${body.msg ?? ''}`);
      const total = Number(body.total ?? '0');
      if (!Array.isArray(body.rows) || !Number.isFinite(total)) throw new TransientUpstreamError(url, 'envelope without rows or total');
      return { url, total, rows: body.rows, fetchedAt };
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

  /** One file's bytes as sent. */
  async file(path: string, name: string): Promise<{ url: string; bytes: Buffer; fetchedAt: string }> {
    const url = `${this.baseUrl}${path}/${encodeURIComponent(name)}`;
    const res = await fetchBytes(url, this.fetchOptions);
    if (res.status !== 200) throw new TransientUpstreamError(url, `HTTP ${res.status}`);
    return { url, bytes: res.bytes, fetchedAt: res.fetchedAt };
  }

  // Parsing happens inside the retried call: a truncated JSON body is a transient failure.
  private async json<B, T>(url: string, decode: (body: B, fetchedAt: string) => T): Promise<T> {
    const attempt = async (): Promise<T> => {
      const res = await fetchBytes(url, { ...this.fetchOptions, attempts: 1 });
      if (res.status !== 200) throw new TransientUpstreamError(url, `HTTP ${res.status}`);
      let body: B;
      try {
        body = JSON.parse(res.bytes.toString('utf8')) as B;
      } catch {
        throw new TransientUpstreamError(url, `unparseable JSON (${res.bytes.length} bytes, truncated?)`);
      }
      return decode(body, res.fetchedAt);
    };
    return retryTransient(attempt, this.fetchOptions);
  }
}
