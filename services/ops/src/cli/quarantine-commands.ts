import { createRequestContext } from '@keyfield/core';
import type { Actor } from '../access/assert-admin';
import type { OpsServices } from '../context';
import type { QuarantineEntry } from '../quarantine/quarantine-entry.type';
import { textTable, truncate } from './text-table';

/** Options of `npm run quarantine -- list`. */
export interface ListOptions {
  source?: string;
  reason?: string;
  stage?: string;
  /** true: resolved only; false: open only (the default); undefined: both (`--all`). */
  resolved?: boolean;
  first?: number;
  after?: string;
}

const dash = (v: string | null | undefined): string => v ?? '–';

/**
 * The quarantine CLI's commands over the same services as the ops GraphQL API; each returns the
 * text to print. Bad arguments throw the same BAD_USER_INPUT errors the API answers with.
 */
export class QuarantineCommands {
  constructor(private readonly ops: OpsServices, private readonly actor: Actor) {}

  async list(o: ListOptions): Promise<string> {
    const page = await this.ops.quarantine.list({
      filter: { source: o.source, reason: o.reason, stage: o.stage, resolved: o.resolved }, first: o.first ?? 50, after: o.after,
    });
    const rows = page.nodes.map((e) => [e.id, e.source, e.stage, truncate(e.reason, 60), dash(e.recordKey), e.createdAt.slice(0, 19), e.resolvedAt ? 'resolved' : 'open']);
    const more = page.pageInfo.hasNextPage ? `\nmore: --after ${page.pageInfo.endCursor ?? ''}` : '';
    return `${textTable(['id', 'source', 'stage', 'reason', 'key', 'created', 'state'], rows)}\n${page.nodes.length} of ${await page.totalCount}${more}`;
  }

  async show(id: string): Promise<string> {
    const entry = await this.ops.quarantine.get(id);
    if (!entry) return `no quarantine entry has id ${id}`;
    return [...this.describe(entry), ...(await this.rawPage(entry)), '', 'record (personal numbers masked):', formatRecord(entry.record)].join('\n');
  }

  async redrive(ids: string[]): Promise<string> {
    const results = await this.ops.redrive.redrive(ids, this.actor);
    return textTable(['id', 'outcome', 'change', 'key', 'reason'], results.map((r) => [r.id, r.outcome, dash(r.change), dash(r.recordKey), truncate(r.reason ?? '', 70)]));
  }

  async resolve(ids: string[], note?: string): Promise<string> {
    const results = await this.ops.resolve.resolve(ids, note, this.actor);
    return textTable(['id', 'outcome', 'source', 'reason'], results.map((r) => [r.id, r.outcome, r.entry.source, truncate(r.entry.reason, 70)]));
  }

  async summary(source?: string): Promise<string> {
    const counts = await this.ops.quarantine.summary(source);
    const total = counts.reduce((n, c) => n + c.count, 0);
    return `${textTable(['source', 'stage', 'count', 'reason'], counts.map((c) => [c.source, c.stage, String(c.count), c.reason]))}\n${total} open`;
  }

  private describe(e: QuarantineEntry): string[] {
    return [
      `id        ${e.id}`, `source    ${e.source}`, `stage     ${e.stage}`, `reason    ${e.reason}`, `locator   ${e.locator}`,
      `key       ${dash(e.recordKey)}`, `created   ${e.createdAt}`, `resolved  ${dash(e.resolvedAt)}`,
    ];
  }

  private async rawPage(e: QuarantineEntry): Promise<string[]> {
    if (e.rawPageId === null) return ['raw page  – (pushed record: no page)'];
    const p = await this.ops.quarantine.rawPage(createRequestContext().loaders, e.rawPageId);
    if (!p) return [`raw page  ${e.rawPageId} (not found)`];
    return [
      `raw page  ${p.id}: ${p.url}`,
      `          HTTP ${p.status}, ${dash(p.contentType)}, ${p.encoding} (${p.encodingBasis}), ${p.byteLength} bytes, fetched ${p.fetchedAt}`,
      `          sha256 ${p.sha256}`,
    ];
  }
}

function formatRecord(record: string | null): string {
  if (record === null) return '  – (the line could not be parsed: no record kept)';
  try {
    return JSON.stringify(JSON.parse(record), null, 2);
  } catch {
    return record;
  }
}
