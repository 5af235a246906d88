import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './openapi-document';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATH = 'api/docs-json';

const served = new WeakSet<INestApplication>();

/**
 * Serves the OpenAPI document: the UI at /api/docs, the JSON at /api/docs-json. Call it after the
 * global prefix is set and before `init()`. SwaggerModule registers these routes on the HTTP
 * adapter itself, outside Nest's router, so no guard applies: they need no token. The document is
 * built on the first request (every controller is registered by then). Calling it again on the
 * same application does nothing.
 */
export function setupOpenApi(app: INestApplication): void {
  if (served.has(app)) return;
  served.add(app);
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: DOCS_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'Safety accountability API (安全生产责任制考核)',
    swaggerOptions: { persistAuthorization: true },
  });
}
