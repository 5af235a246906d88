import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { createLogger } from './infrastructure/logging/logger';

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
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ level: 'fatal', msg: 'start-up failed', err: String(error) })}\n`,
  );
  process.exit(1);
});
