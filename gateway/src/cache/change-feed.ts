import { DATA_CHANGED_CHANNEL, type Logger } from '@keyfield/core';
import { Client } from 'pg';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * The database's announcements that records changed (`announceDataChanged`), as a generation
 * number: every announcement — and every reconnection, since announcements made while the
 * connection was down are lost — moves it on. Cached responses are keyed by the generation, so a
 * new one makes every older entry unreachable. While not listening, `listening` is false and
 * callers must not serve from a cache they could not invalidate.
 */
export class ChangeFeed {
  generation = 0;
  listening = false;
  /** Called after each new generation (a store may drop the entries no key can reach any more). */
  readonly onAdvance = new Set<() => void>();
  private client: Client | null = null;
  private retryMs = FIRST_RETRY_MS;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly databaseUrl: string, private readonly logger: Logger) {}

  /** Connects and listens; on a lost connection, reconnects with a growing delay until stopped. */
  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    this.client = client;
    client.on('notification', () => this.advance());
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      this.advance();
      this.listening = true;
      this.retryMs = FIRST_RETRY_MS;
      this.logger.info({ channel: DATA_CHANGED_CHANNEL }, 'response cache listening for data changes');
    } catch (err) {
      this.lost(client, err as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  private advance(): void {
    this.generation += 1;
    for (const listener of this.onAdvance) listener();
  }

  private lost(client: Client, err: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.listening = false;
    client.end().catch(() => undefined);
    this.logger.warn({ err: err.message, retryInMs: this.retryMs }, 'response cache cannot listen for data changes; serving uncached');
    this.timer = setTimeout(() => void this.start(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
