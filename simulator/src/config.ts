/** Settings of the simulator process; the only reader of process.env in the simulator. */
export interface SimulatorConfig {
  /** Port to listen on (`SIMULATOR_PORT`, default 4300). */
  readonly port: number;
  /** Interface to bind (`HOST`, default 127.0.0.1; 0.0.0.0 inside a container). */
  readonly host: string;
  /** Seed of all generated data (`SIMULATOR_SEED`, default 20261101). */
  readonly seed: number;
  /** Number of base penalties (`SIMULATOR_SIZE`, default 2000). */
  readonly size: number;
  /** Share of malformed rows (`SIMULATOR_MALFORMED_RATE`, default 0.005). */
  readonly malformedRate: number;
  /** pino level (`LOG_LEVEL`, default info). */
  readonly logLevel: string;
}

/** Reads and checks the settings; throws one Error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SimulatorConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer in [${min}, ${max}], got "${text}"`);
      return fallback;
    }
    return value;
  };
  const rateText = env.SIMULATOR_MALFORMED_RATE;
  const malformedRate = rateText === undefined || rateText === '' ? 0.005 : Number(rateText);
  if (!(malformedRate >= 0 && malformedRate <= 1)) problems.push(`SIMULATOR_MALFORMED_RATE must be within [0, 1], got "${rateText}"`);
  const config: SimulatorConfig = {
    port: int('SIMULATOR_PORT', 4300, 0, 65_535),
    host: env.HOST || '127.0.0.1',
    seed: int('SIMULATOR_SEED', 20_261_101, -(2 ** 31), 2 ** 31 - 1),
    size: int('SIMULATOR_SIZE', 2000, 1, 50_000_000),
    malformedRate,
    logLevel: env.LOG_LEVEL || 'info',
  };
  if (problems.length > 0) throw new Error(`bad simulator settings:\n  ${problems.join('\n  ')}`);
  return config;
}
