import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule, CONTEXT_MODULES } from './app.module';
import type { AppConfig } from './config/app-config';
import { serveConsole } from './infrastructure/http/console';
import { rejectUnsafeInput } from './infrastructure/http/input-hygiene';
import { rejectDeepJson } from './infrastructure/http/json-depth';
import { setupOpenApi } from './infrastructure/http/openapi';
import { ProblemFilter } from './infrastructure/http/problem.filter';
import { requestContext } from './infrastructure/http/request-context';
import { createValidationPipe } from './infrastructure/http/validation';
import { PinoNestLogger } from './infrastructure/logging/logger';
import { HEALTH_PATHS } from './modules/health/health-paths';

export const BODY_LIMIT = '1mb';

/**
 * Builds the HTTP application (not yet listening): used by main.ts and by the e2e tests, which
 * may list the context modules in another order. Its `init()` fails when a route can never answer.
 */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  contexts: readonly Type[] = CONTEXT_MODULES,
): Promise<NestExpressApplication> {
  const module = AppModule.forRoot(config, logger, contexts);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestContext(logger.child({ component: 'http' })));
  // The API docs page must load over plain http on a private network too.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.useBodyParser('json', {
    limit: BODY_LIMIT,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
  app.use(rejectDeepJson());
  app.use(rejectUnsafeInput());
  app.enableCors(
    config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : { origin: false },
  );
  app.setGlobalPrefix('api/v1', { exclude: HEALTH_PATHS });
  setupOpenApi(app);
  serveConsole(app);
  app.useGlobalFilters(new ProblemFilter(logger.child({ component: 'errors' })));
  app.useGlobalPipes(createValidationPipe());
  return app;
}
