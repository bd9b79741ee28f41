import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Keys that may hold a natural person's personal data (policy.md 个人信息). pino replaces them with
 * "[redacted]" wherever they appear one or two levels deep, so no log line prints a raw value.
 */
export const PERSONAL_KEYS = [
  'idNumber', 'personIdNumber', 'legalRepIdNumber', 'phone', 'address', 'registeredAddress',
  'bankAccount', 'CF_XDR_ZJHM', 'CF_FR_ZJHM', 'ZJHM', 'ZCDZ', 'XK_XDR_ZJHM', 'XK_FR_ZJHM',
];

const redactPaths = PERSONAL_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

/** Properties of database errors that carry the statement's values (a searched name, a pushed id number). */
const VALUE_BEARING = ['parameters', 'query', 'detail', 'where', 'internalQuery'];

/**
 * pino's error serializer, without the values a failed SQL statement carries: TypeORM's
 * QueryFailedError holds the statement and its parameters, and the pg error inside it a `detail`
 * such as `Key (…)=(…)`. The code, message and stack stay.
 */
function errorWithoutValues(err: unknown): unknown {
  const serialized = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  for (const key of VALUE_BEARING) delete serialized[key];
  const driver = serialized['driverError'] as Record<string, unknown> | undefined;
  if (driver && typeof driver === 'object') serialized['driverError'] = { code: driver['code'], message: driver['message'] };
  return serialized;
}

/**
 * The process logger: JSON lines with the service name; personal keys redacted. Lines go to
 * stdout, or to `destination` (tests read back what a run logged).
 */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options = { name: service, level, redact: { paths: redactPaths, censor: '[redacted]' }, serializers: { err: errorWithoutValues } };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
