import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { AppModule } from '../app.module';
import { SYSTEM_ACTOR_IDS } from '../domain/users';
import type { AppConfig } from '../config/app-config';
import { PinoNestLogger } from '../infrastructure/logging/logger';
import type { CommandContext } from '../modules/shared/command-context';

/** The service's modules on the configured stores, without HTTP. */
export async function cliContext(
  config: AppConfig,
  logger: Logger,
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
}

/** Commands from the CLI are recorded as the operator `cli` with the admin role. */
export const cliCommandContext = (now = new Date()): CommandContext => ({
  actor: { kind: 'system', id: SYSTEM_ACTOR_IDS.cli, role: 'admin' },
  requestId: `cli-${now.getTime()}`,
  now,
  requestHash: '',
});
