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

/**
 * The process logger: JSON lines with the service name; personal keys redacted. Lines go to
 * stdout, or to `destination` (tests read back what a run logged).
 */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options = { name: service, level, redact: { paths: redactPaths, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
