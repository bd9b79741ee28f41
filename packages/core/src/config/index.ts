export { readSettings, ConfigError, collectProblems } from './env';
export type { Setting, SettingsSpec, SettingsOf } from './env';
export { text, optionalText, integer, port, url, flag, oneOf, fraction } from './settings';
export { sharedSettings, databaseUrlOf, signingSecretOf } from './shared';
export type { SharedSettings } from './shared';
