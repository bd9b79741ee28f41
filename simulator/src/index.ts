import pino from 'pino';
import { loadConfig } from './config';
import { createSimulator } from './server';

/** Boot only: config → simulator → listen; closes on SIGTERM / SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ name: 'simulator', level: config.logLevel });
  const simulator = createSimulator({ seed: config.seed, size: config.size, malformedRate: config.malformedRate }, logger);
  const url = await simulator.listen(config.port, config.host);
  logger.info({ url, seed: config.seed, size: config.size }, `upstream simulator listening on ${url}`);
  const stop = (signal: string): void => {
    logger.info({ signal }, 'simulator stopping');
    simulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'simulator did not close cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
