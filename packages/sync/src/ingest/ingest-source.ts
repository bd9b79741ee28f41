import type { SourceSpec } from '../kit/table';

/** What push ingest needs of a source: its name, its table with natural key, and its converter. */
export type IngestSource<W> = Pick<SourceSpec<W, unknown>, 'name' | 'table' | 'convert'>;
