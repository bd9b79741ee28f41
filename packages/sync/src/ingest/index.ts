export { ingestBatch } from './ingest-batch';
export type { IngestOptions } from './ingest-batch';
export type { IngestSource } from './ingest-source';
export type { IngestOutcome, IngestRecordResult, IngestStatus, IngestChange } from './ingest-result';
export { pushedSource, pushLocator, pushedFileName, PUSH_SOURCE_PREFIX } from './provenance';
export { ingestSpec, readIngestSettings } from './settings';
export type { IngestSettings } from './settings';
export { assertMayWrite } from './may-write';
