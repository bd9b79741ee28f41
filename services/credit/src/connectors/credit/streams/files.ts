import type { Batch, Decoded, EncodingBasis, RawPage, Stream } from '@keyfield/sync';
import type { CreditClient } from '../client';

/** Cursor of a file feed: the sha256 of each file already applied. A corrected file has a new one. */
export interface FilesState {
  files: Record<string, string>;
}

/** Decodes one file's bytes into records plus the lines that could not be parsed. */
export type FileDecoder<R> = (bytes: Buffer, contentType: string | null) => {
  records: R[];
  errors: { line: number; reason: string }[];
  encoding: string;
  encodingBasis: EncodingBasis;
};

/** The file name at the end of a file URL. */
const fileNameOf = (url: string): string => decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));

/** Records per committed batch inside a large file. */
const CHUNK = 2000;

/**
 * Reads every listed file not yet applied at its current sha256, in date order. A file's mark is
 * stored with its last chunk, so a run killed inside a file re-reads that file (idempotently).
 */
export function filesStream<R>(client: CreditClient, path: string, decode: FileDecoder<R>): Stream<R, FilesState> {
  return {
    decode(raw: RawPage): Decoded<R> {
      const { records, errors } = decode(raw.bytes, raw.contentType);
      return { records, fileName: fileNameOf(raw.url), parseErrors: errors.map((e) => ({ locator: `${raw.url}:${e.line}`, reason: e.reason })) };
    },
    async *read(state): AsyncGenerator<Batch<R, FilesState>> {
      const applied = { ...(state?.files ?? {}) };
      const index = await client.fileIndex(path);
      const todo = index.filter((f) => applied[f.name] !== f.sha256).sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
      for (const entry of todo) {
        const file = await client.file(path, entry);
        const { records, errors, encoding, encodingBasis } = decode(file.bytes, file.contentType);
        const raw: RawPage = { url: file.url, status: file.status, contentType: file.contentType, encoding, encodingBasis, bytes: file.bytes, fetchedAt: file.fetchedAt };
        const parseErrors = errors.map((e) => ({ locator: `${file.url}:${e.line}`, reason: e.reason }));
        const done = { files: { ...applied, [entry.name]: entry.sha256 } };
        for (let start = 0; start < Math.max(records.length, 1); start += CHUNK) {
          const last = start + CHUNK >= records.length;
          yield {
            records: records.slice(start, start + CHUNK),
            locator: file.url,
            fetchedAt: file.fetchedAt,
            fileName: entry.name,
            raw,
            partition: { column: 'file_name', value: entry.name, last },
            parseErrors: start === 0 ? parseErrors : [],
            stateAfter: last ? done : { files: { ...applied } },
          };
        }
        applied[entry.name] = entry.sha256;
      }
    },
  };
}
