import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../../src/app.factory';
import { loadConfig } from '../../../src/config/app-config';
import { setupOpenApi } from '../../../src/infrastructure/http/openapi';
import { ADMIN_TOKEN, type TestApp } from '../harness';

/**
 * `startTestApp` with the OpenAPI routes served, whether or not `createApp` already sets them up
 * (`setupOpenApi` is a no-op on an application that serves them). It must run before `init()`.
 */
export async function startTestAppWithDocs(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safety-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN,
    MAX_FAILED_AUTH_PER_MINUTE: '100000',
    ...env,
  });
  const app = await createApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  setupOpenApi(app);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    dataDir,
    http: () => request(server),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
