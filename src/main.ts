import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { createLogger } from './infrastructure/logging/logger';

const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  await app.listen(config.port);
  logger.info(
    {
      port: config.port,
      eventStore: config.eventStore,
      readStore: config.readStore,
      dataDir: config.dataDir,
    },
    `listening on http://localhost:${config.port}`,
  );
  process.once('SIGTERM', (signal) => shutdown(app, logger, signal));
  process.once('SIGINT', (signal) => shutdown(app, logger, signal));
}

/** Stops taking requests, stops the projections, closes the stores, then exits 0. */
function shutdown(app: INestApplication, logger: Logger, signal: NodeJS.Signals): void {
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS} ms; exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  app.close().then(
    () => {
      logger.info('shut down');
      process.exit(0);
    },
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ level: 'fatal', msg: 'start-up failed', err: String(error) })}\n`,
  );
  process.exit(1);
});
