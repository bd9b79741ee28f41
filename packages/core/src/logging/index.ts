export { createLogger, PERSONAL_KEYS } from './logger';
export type { Logger } from './logger';
