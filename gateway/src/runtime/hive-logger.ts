import { Logger as HiveLogger, type Attributes, type LogLevel, type LogWriter } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@keyfield/core';

/**
 * What the runtime's debug lines carry of a request's payload: variables and bodies may hold a
 * person's name searched for or a pushed record's id number (policy.md: no log line prints them).
 * The query text stays: it is the shape of the question, its values travel as variables.
 */
const PAYLOAD_KEYS = new Set(['variables', 'body', 'response', 'result', 'data']);

function withoutPayload(attrs: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) kept[key] = PAYLOAD_KEYS.has(key) && value !== undefined && value !== null ? '[redacted]' : value;
  return kept;
}

/** Writes the runtime's log records as lines of the project's pino logger, payloads redacted. */
class PinoWriter implements LogWriter {
  constructor(private readonly logger: Logger) {}

  write(level: LogLevel, attrs: Attributes | null | undefined, msg: string | null | undefined): void {
    const fields = Array.isArray(attrs) ? { attrs: '[redacted]' } : withoutPayload((attrs ?? {}) as Record<string, unknown>);
    this.logger[level](fields, msg ?? undefined);
  }
}

/** pino's level as the runtime's: it has no `fatal` (→ error) and turns logging off with `false`. */
const RUNTIME_LEVEL: Record<string, LogLevel | false> = {
  trace: 'trace', debug: 'debug', info: 'info', warn: 'warn', error: 'error', fatal: 'error', silent: false,
};

function runtimeLevelOf(logger: Logger): LogLevel | false {
  return RUNTIME_LEVEL[logger.level] ?? 'info';
}

/**
 * The runtime's logger over ours, so gateway lines look like every other service's. The level is
 * read from pino on each call: changing the pino level changes the runtime's too.
 */
export function hiveLoggerFor(logger: Logger): HiveLogger {
  return new HiveLogger({ level: () => runtimeLevelOf(logger), writers: [new PinoWriter(logger)] });
}
