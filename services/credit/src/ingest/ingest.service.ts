import { userInputError } from '@keyfield/core';
import { ingestBatch, type AnySource, type IngestSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { fileDayInstant } from '../connectors/credit/convert/file-day';
import type { CreditIngestConfig } from './ingest.config';
import { ingestResultOf } from './ingest-result.of';
import type { IngestResult } from './ingest-result.type';
import type { PermitRecordInput } from './permit-record.input';
import { permitReasonForPush, permitWireOf } from './permit-wire';

/** Each credit record type and the pull source whose converter and table its pushes go through. */
export const INGEST_SOURCES = {
  organizations: 'credit/qyxx',
  penalties: 'credit/xzcf',
  repairs: 'credit/xyxf',
  judgmentDefaulters: 'credit/sxbzxr',
  abnormalListings: 'credit/jyyc',
  permits: 'credit/xzxk',
} as const;

/** A record type pushed in its JSON-list wire fields (permits come as file rows instead). */
export type JsonIngestTarget = Exclude<keyof typeof INGEST_SOURCES, 'permits'>;

/** Push ingest of credit records: the same converters and tables as the pull sync (api.md "Writes"). */
export class CreditIngestService {
  private readonly sources: ReadonlyMap<string, AnySource>;

  constructor(private readonly db: DataSource, private readonly config: CreditIngestConfig) {
    this.sources = new Map(config.sources.map((s) => [s.name, s]));
    const missing = Object.values(INGEST_SOURCES).filter((name) => !this.sources.has(name));
    if (missing.length > 0) throw new Error(`push ingest: no source named ${missing.join(', ')}`);
  }

  /** Records whose input fields are their wire fields (feeds.md), converted as pulled ones are. */
  async ingest(target: JsonIngestTarget, records: readonly object[], requestId: string): Promise<IngestResult> {
    const wire = records.map((record) => ({ ...record }));
    const outcome = await ingestBatch(this.db, this.source(INGEST_SOURCES[target]), wire, { requestId, maxRecords: this.config.maxRecords });
    return ingestResultOf(outcome);
  }

  /**
   * Permits, mapped from their XK_* names to the file's Chinese columns, converted as rows of the
   * daily file `fileName` would be (its day is the records' change time); reasons name XK_* fields.
   */
  async ingestPermits(fileName: string, records: readonly PermitRecordInput[], requestId: string): Promise<IngestResult> {
    if (fileDayInstant(fileName) === null) {
      throw userInputError('fileName', `"${fileName.slice(0, 80)}" names no day`,
        'Give the daily permit file the records belong to, its day as YYYYMMDD (e.g. xzxk_20261101.csv): that day stands for their change time');
    }
    const outcome = await ingestBatch(this.db, this.source(INGEST_SOURCES.permits), records.map(permitWireOf), {
      requestId, maxRecords: this.config.maxRecords, fileName,
    });
    return ingestResultOf(outcome, permitReasonForPush);
  }

  // The registry holds sources of every wire type; each name above is fixed to its wire by the caller.
  private source(name: string): IngestSource<object> {
    return this.sources.get(name) as unknown as IngestSource<object>;
  }
}
