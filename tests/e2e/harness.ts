import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import request, { type Response } from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { setupOpenApi } from '../../src/infrastructure/http/openapi';

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef0123456789';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real application on the embedded stores in a temporary directory; with `docs`, the OpenAPI
 * routes are served whether or not `createApp` already sets them up (`setupOpenApi` is a no-op on
 * an application that serves them); with `contexts`, only those context modules, in that order.
 * An application that fails to start is closed and its directory removed.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  logger: Logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  { docs = false, contexts }: { docs?: boolean; contexts?: readonly Type[] } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safety-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN,
    MAX_FAILED_AUTH_PER_MINUTE: '100000',
    ...env,
  });
  const app = await createApp(config, logger, contexts);
  const close = async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (docs) setupOpenApi(app);
  try {
    await app.init();
  } catch (error) {
    await close();
    throw error;
  }
  const server = app.getHttpServer();
  return { app, dataDir, http: () => request(server), close };
}

/** Asks /health until `done` holds of its answer (for at most `limitMs`), and returns that answer. */
export async function healthUntil(
  t: TestApp,
  done: (response: Response) => boolean,
  limitMs = 15_000,
): Promise<Response> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const response = await t.http().get('/health');
    if (done(response) || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
