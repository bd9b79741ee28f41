/**
 * Typed settings read once from the environment. Each setting names its unit, has a default and a
 * one-line doc; `readSettings` validates them all and throws one error listing every bad value.
 */
export interface Setting<T> {
  /** Environment variable name. */
  env: string;
  /** What it controls, with its unit. */
  doc: string;
  default: T;
  parse: (raw: string) => T | undefined;
}

export type SettingsSpec = Record<string, Setting<unknown>>;
export type SettingsOf<S extends SettingsSpec> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates every setting of `spec` from `env` (process.env by default). */
export function readSettings<S extends SettingsSpec>(spec: S, env: NodeJS.ProcessEnv = process.env): SettingsOf<S> {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(spec)) {
    const raw = env[setting.env];
    if (raw === undefined || raw === '') {
      out[key] = setting.default;
      continue;
    }
    const value = setting.parse(raw);
    if (value === undefined) problems.push(`${setting.env}=${JSON.stringify(raw)} is not valid: ${setting.doc}`);
    out[key] = value;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as SettingsOf<S>;
}

/**
 * Wraps settings readers so a process that reads several gathers every problem, then reports them
 * all at once: `const read = collectProblems(problems); const a = read(() => …);`.
 */
export function collectProblems(problems: string[]) {
  return <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems);
      return undefined;
    }
  };
}
