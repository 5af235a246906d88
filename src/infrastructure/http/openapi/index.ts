export { buildOpenApiDocument, describeApi } from './openapi-document';
export { DOCS_JSON_PATH, DOCS_PATH, setupOpenApi } from './setup-openapi';
