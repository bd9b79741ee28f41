import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { EncodingBasis, RawPage } from '../archive/raw-page';
import type { Batch, Decoded } from '../kit/stream';
import { copyBinaryRows } from './copy-binary';

interface ArchivedPage extends RawPage {
  id: string;
}

const text = (field: Buffer | null | undefined): string | null => field?.toString('utf8') ?? null;

/** One row of `pagesAfter`'s COPY, in its column order. */
function archivedPage([id, url, status, contentType, encoding, basis, bytes, fetchedAt]: (Buffer | null)[]): ArchivedPage {
  return {
    id: text(id) ?? '', url: text(url) ?? '', status: Number(text(status)), contentType: text(contentType), encoding: text(encoding) ?? '',
    encodingBasis: text(basis) as EncodingBasis, bytes: bytes ?? Buffer.alloc(0), fetchedAt: text(fetchedAt) ?? '',
  };
}

/**
 * Up to `chunk` archived pages of a source after page `after`, oldest first. Read with a binary
 * COPY: as a query result the bytes would arrive as hex text, twice their size, and cost Node more
 * to read back than converting them.
 */
async function pagesAfter(client: ClientBase, source: string, after: string, chunk: number): Promise<ArchivedPage[]> {
  // COPY takes no parameters: the source is quoted, the id and chunk are integers.
  const sql = `COPY (SELECT r.id::text, r.url, r.status::text, r.content_type, r.encoding, r.encoding_basis, r.bytes,
      to_char(r.fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    FROM sync.raw_page r WHERE r.source = ${client.escapeLiteral(source)} AND r.id > ${BigInt(after)} ORDER BY r.id LIMIT ${Math.trunc(chunk)}) TO STDOUT (FORMAT binary)`;
  const chunks: Buffer[] = [];
  for await (const data of client.query(copyTo(sql))) chunks.push(data as Buffer);
  return copyBinaryRows(Buffer.concat(chunks)).map(archivedPage);
}

/**
 * Every archived page of a source, oldest first, decoded again as the stream first did; read a few
 * at a time (bytes can be large) on a connection of its own, released when the iteration ends. The
 * next few are read while these are decoded and committed, so the commits never wait for the archive.
 */
export async function* archivedBatches<W, S>(db: DataSource, source: string, decode: (raw: RawPage) => Decoded<W>, chunk: number): AsyncGenerator<Batch<W, S>> {
  const runner = db.createQueryRunner();
  let next: Promise<ArchivedPage[]> | null = null;
  try {
    // TypeORM's PostgresQueryRunner connects to a pg PoolClient.
    const client = (await runner.connect()) as ClientBase;
    next = pagesAfter(client, source, '0', chunk);
    for (;;) {
      const pages: ArchivedPage[] = await next;
      const last = pages[pages.length - 1];
      if (!last) return;
      next = pagesAfter(client, source, last.id, chunk);
      // Handled here so a failure while these pages are consumed is not "unhandled"; awaited above.
      next.catch(() => undefined);
      for (const page of pages) {
        const decoded = decode(page);
        yield { records: decoded.records, locator: page.url, fetchedAt: page.fetchedAt, fileName: decoded.fileName, parseErrors: decoded.parseErrors, rawPageId: page.id, stateAfter: undefined as S };
      }
    }
  } finally {
    // A read still in flight (the run stopped early) must end before its connection goes back.
    await next?.catch(() => undefined);
    await runner.release();
  }
}
