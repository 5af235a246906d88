import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type ReferenceObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { QuarterPipe } from '../../../modules/shared/quarter.pipe';
import { YearPipe } from '../../../modules/shared/year.pipe';
import { CSV_MEDIA_TYPE } from '../csv';
import ANSWERS from './api-answers.schema.json';
import { DtoSchemas } from './dto-schemas';
import { type OperationDocs, operationDocsOf, type ExampleStep } from './operation-docs';
import { errorResponse, PROBLEM_SCHEMAS } from './problem-responses';
import { operationIdOf, type RouteHandler, routeHandlers } from './route-handlers';
import { TAGS } from './sections';

export const BEARER = 'bearer';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

const DESCRIPTION = [
  'Event-sourced workplace-safety accountability and annual assessment (安全生产责任制考核).',
  '',
  '- **Auth**: `Authorization: Bearer <token>` on every route but `GET /health`; 401 without a ' +
    'valid token, 403 when the role or scope does not allow the action.',
  '- **Creates** take an optional client `id`; a repeat with the same id and body answers the ' +
    'same 201 and records nothing, another body is 409. Any POST may carry `Idempotency-Key`.',
  '- **Writes** answer the resource view and `position`; every read accepts `?minPosition=N` and ' +
    'waits up to 5 s for the read models to pass N (else 503 with `Retry-After`).',
  '- **As-of reads** (`?asOf=` on assessment and chain reads) replay the log: each user, and the ' +
    'service, runs only a few at once (2 and 4 unless configured); one more is 429 with ' +
    '`Retry-After`.',
  '- **Times** are ISO 8601 with an offset (`Z` or `±hh:mm`), stored and returned in UTC; money ' +
    'is yuan; counts, years and ranks are integers.',
  '- **Errors** are `application/problem+json`; unknown fields are refused (400).',
].join('\n');

const MIN_POSITION_DESCRIPTION =
  'Wait (up to 5 s) until the read models have applied this global position; else 503 with ' +
  '`Retry-After`.';

const MIN_POSITION: ParameterObject = {
  name: 'minPosition',
  in: 'query',
  required: false,
  description: MIN_POSITION_DESCRIPTION,
  schema: { type: 'integer', minimum: 0, example: 42 },
};

const IDEMPOTENCY_KEY: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A repeat with the same key and body answers the first answer again; another body is 409.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' },
};

/** Query parameters every read (or list) shares: shown after the route's own. */
const READ_CONTROLS = ['limit', 'offset', 'minPosition'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';
const EVENT_STREAM = 'text/event-stream';

const LAST_EVENT_ID: ParameterObject = {
  name: 'Last-Event-ID',
  in: 'header',
  required: false,
  description:
    'The `id` of the last event received: the stream resumes after it (sent by EventSource ' +
    'clients when they reconnect; it comes before `fromPosition`).',
  schema: { type: 'string', pattern: '^\\d{1,15}$' },
};

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/** Errors each kind of operation can answer (401/403/429 only where a token is needed). */
function errorStatuses(method: HttpMethod, secured: boolean): number[] {
  const auth = secured ? [401, 403, 429] : [];
  return method === 'get'
    ? [400, ...auth, 404, 500, 503]
    : [400, ...auth, 404, 409, 415, 422, 500, 503];
}

/**
 * The OpenAPI document of the application: Nest's explorer finds every controller route and its
 * path parameters; the request bodies and query parameters are then described from the
 * class-validator metadata of the DTOs that validate them, and every operation gets its security,
 * errors, success answer, summary and examples.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return describeApi(app).document;
}

/** The document, and the names of DTO validators it could not map into JSON Schema. */
export function describeApi(app: INestApplication): {
  document: OpenAPIObject;
  unmappedValidators: string[];
} {
  const config = new DocumentBuilder()
    .setTitle('Safety accountability API (安全生产责任制考核)')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque token',
        description: 'A user token (from `POST /users`) or the bootstrap admin token.',
      },
      BEARER,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: operationIdOf,
  });
  const handlers = routeHandlers(app);
  const dtos = new DtoSchemas();
  const prefix = globalPrefix(app);

  const paths: OpenAPIObject['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    // The document describes the API under its prefix (its `servers` entry); `GET /health`
    // outside it is for probes, and the same answer is served under the prefix.
    if (prefix && !path.startsWith(`${prefix}/`)) continue;
    const pathItem = item as PathItemObject;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      // A handler served at several paths gets one operation per path, ids suffixed `[i]`.
      const id = operation.operationId?.replace(/\[\d+\]$/, '');
      const handler = id ? handlers.get(id) : undefined;
      const apiPath = path.slice(prefix.length);
      describeOperation(operation, { method, apiPath, handler, dtos });
    }
    paths[path.slice(prefix.length)] = pathItem;
  }
  document.paths = paths;
  document.servers = [{ url: prefix || '/', description: 'This service' }];
  document.openapi = '3.1.0';

  const placeholders = Object.entries(document.components?.schemas ?? {}).filter(
    ([, schema]) => !isEmptyPlaceholder(schema),
  );
  document.components = {
    ...document.components,
    schemas: {
      ...Object.fromEntries(placeholders),
      ...PROBLEM_SCHEMAS,
      ...dtos.schemas,
      ...answerSchemas({ ...PROBLEM_SCHEMAS, ...dtos.schemas }),
    },
  };
  document.tags = TAGS;
  return { document, unmappedValidators: [...dtos.unmapped] };
}

interface OperationContext {
  method: HttpMethod;
  /** The path under the global prefix, `{param}` style. */
  apiPath: string;
  handler: RouteHandler | undefined;
  dtos: DtoSchemas;
}

function describeOperation(operation: OperationObject, context: OperationContext): void {
  const { method, apiPath, handler } = context;
  const key = `${method.toUpperCase()} ${apiPath}`;
  const docs = handler ? operationDocsOf(handler.handler) : undefined;
  const secured = !docs?.public;

  // Without `@Route` the guard refuses the route; the document still names it.
  operation.summary = docs?.summary ?? key;
  if (docs?.roles) {
    operation.description = `Roles: ${docs.roles.join(', ')} (within the token's scope).`;
    (operation as OperationObject & { 'x-roles'?: readonly string[] })['x-roles'] = docs.roles;
  }
  operation.security = secured ? [{ [BEARER]: [] }] : [];
  operation.parameters = parametersOf(operation, context);

  const body = requestBodyOf(handler, docs, context.dtos);
  if (body) operation.requestBody = body;
  else delete operation.requestBody;

  const success = successStatus(operation, method);
  const responses: Record<string, ResponseObject> = {
    [success]: successResponse(key, method, success, operation, docs),
  };
  if (key === 'GET /health') {
    responses['503'] = {
      description:
        'A store does not answer (`unavailable`), or a projection fails or has stalled behind ' +
        'the head (`degraded`).',
      content: { 'application/json': { schema: ref(docs?.answer ?? 'Health') } },
    };
  } else {
    for (const status of errorStatuses(method, secured)) {
      responses[String(status)] = errorResponse(status);
    }
  }
  operation.responses = responses;
}

function parametersOf(
  operation: OperationObject,
  { method, handler, dtos }: OperationContext,
): ParameterObject[] {
  const parameters: ParameterObject[] = [];
  const add = (parameter: ParameterObject) => {
    if (!parameters.some((p) => p.name === parameter.name && p.in === parameter.in)) {
      parameters.push(parameter);
    }
  };
  for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
    if (parameter.in !== 'path') continue;
    const pipes = handler?.params[parameter.name] ?? [];
    const isYear = pipes.some((pipe) => pipe === YearPipe || pipe instanceof YearPipe);
    const isQuarter = pipes.some((pipe) => pipe === QuarterPipe || pipe instanceof QuarterPipe);
    add({
      ...parameter,
      schema: isYear
        ? { type: 'integer', minimum: 2000, maximum: 2100, example: 2025 }
        : isQuarter
          ? { type: 'integer', minimum: 1, maximum: 4, example: 2 }
          : { type: 'string', minLength: 1, maxLength: 200 },
      ...(isYear ? { description: 'Assessment year (calendar year in China Standard Time).' } : {}),
      ...(isQuarter
        ? { description: 'Quarter of the assessment year (1–4; quarters in China Standard Time).' }
        : {}),
    });
  }
  for (const query of handler?.queries ?? []) {
    for (const property of dtos.properties(query)) {
      add({
        name: property.name,
        in: 'query',
        required: property.required,
        schema: property.schema,
        ...(property.name === 'minPosition' ? { description: MIN_POSITION_DESCRIPTION } : {}),
      });
    }
  }
  if (method === 'get') add(MIN_POSITION);
  if (operationDocsOf(handler?.handler ?? {})?.events) add(LAST_EVENT_ID);
  if (method === 'post') add(IDEMPOTENCY_KEY);
  const last = (p: ParameterObject) => Number(READ_CONTROLS.includes(p.name));
  return parameters.sort((a, b) => last(a) - last(b));
}

function requestBodyOf(
  handler: RouteHandler | undefined,
  docs: OperationDocs | undefined,
  dtos: DtoSchemas,
): RequestBodyObject | undefined {
  const withExample = examplesOf(docs, 'request');
  if (handler?.body) {
    return {
      required: true,
      content: { 'application/json': { schema: dtos.ref(handler.body), ...withExample } },
    };
  }
  if (!handler?.takesBody) return undefined;
  return {
    required: true,
    description: docs?.body ?? 'A JSON object.',
    content: {
      'application/json': {
        schema: { type: 'object', additionalProperties: true },
        ...withExample,
      },
    },
  };
}

/**
 * The operation's example of a request or an answer; for the steps of the worked example, one
 * named example per step (`step-07`), with its order and path as `x-step` and `x-path`.
 */
function examplesOf(
  docs: OperationDocs | undefined,
  part: 'request' | 'response',
): { example?: unknown; examples?: Record<string, object> } {
  const declared = docs?.examples;
  if (!declared) return {};
  if (!Array.isArray(declared)) {
    const value = (declared as { request?: unknown; response?: unknown })[part];
    return value === undefined ? {} : { example: value };
  }
  const steps = (declared as readonly ExampleStep[]).filter((s) => s[part] !== undefined);
  if (steps.length === 0) return {};
  return {
    examples: Object.fromEntries(
      steps.map((s) => [
        `step-${String(s.step).padStart(2, '0')}`,
        {
          summary: `Step ${s.step} of the worked example: ${s.summary}`,
          value: s[part],
          'x-step': s.step,
          'x-path': s.path,
        },
      ]),
    ),
  };
}

function successStatus(operation: OperationObject, method: HttpMethod): string {
  const declared = Object.keys(operation.responses ?? {}).find((status) => /^2\d\d$/.test(status));
  return declared ?? (method === 'post' ? '201' : '200');
}

function successResponse(
  key: string,
  method: HttpMethod,
  status: string,
  operation: OperationObject,
  docs: OperationDocs | undefined,
): ResponseObject {
  const examples = examplesOf(docs, 'response');
  const json = (schema: SchemaObject | ReferenceObject) => ({
    'application/json': { schema, ...examples },
  });
  if (key === 'GET /health' && docs?.answer) {
    return {
      description: 'The stores answer; every projection is current or catching up.',
      content: json(ref(docs.answer)),
    };
  }
  if (docs?.events) {
    return {
      description: docs.events,
      content: { [EVENT_STREAM]: { schema: { type: 'string' } } },
    };
  }
  if (key.endsWith('.xlsx')) {
    return {
      description: 'An Excel workbook (Chinese headings).',
      content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
    };
  }
  if (key.endsWith('.pdf')) {
    return {
      description:
        'An A4 PDF in Chinese (the CJK font embedded), 草稿 or 定稿, with page numbers; ' +
        '`Content-Disposition` names the file.',
      content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
    };
  }
  // Without `@Route({ answer })` the answer is left open (tests/e2e/openapi.e2e.test.ts flags it).
  const answer: SchemaObject | ReferenceObject = docs?.answer
    ? ref(docs.answer)
    : { type: 'object' };
  if (method === 'get') {
    const names = ((operation.parameters ?? []) as ParameterObject[]).map((p) => p.name);
    const paged = names.includes('limit') && names.includes('offset');
    return paged
      ? {
          description:
            'A page of items (`limit`, `offset`) and the total. With `Accept: text/csv`, the ' +
            "page's items as CSV (UTF-8 with a byte order mark, a header row of the item fields) " +
            'and the total in `X-Total-Count`.',
          content: { ...json(answer), [CSV_MEDIA_TYPE]: { schema: { type: 'string' } } },
        }
      : { description: 'OK.', content: json(answer) };
  }
  return {
    description:
      status === '201'
        ? "Created: the resource's view and the `position` of its last event. A repeat with " +
          'the same `id` (or `Idempotency-Key`) and body answers the same and records nothing new.'
        : "Done: the resource's current view and the `position` of its last event.",
    content: json(answer),
  };
}

/** The answers' schemas, generated from their TypeScript types (`npm run contract`). */
function answerSchemas(taken: Record<string, unknown>): Record<string, SchemaObject> {
  const clash = Object.keys(ANSWERS.schemas).find((name) => Object.hasOwn(taken, name));
  if (clash) {
    throw new Error(`The answer schema ${clash} has the name of a request or problem schema`);
  }
  return ANSWERS.schemas as unknown as Record<string, SchemaObject>;
}

function isEmptyPlaceholder(schema: SchemaObject | ReferenceObject): boolean {
  const s = schema as SchemaObject;
  return s.type === 'object' && !!s.properties && Object.keys(s.properties).length === 0;
}

function globalPrefix(app: INestApplication): string {
  const config = (app as unknown as { config?: { getGlobalPrefix(): string } }).config;
  const prefix = config?.getGlobalPrefix() ?? '';
  return prefix ? `/${prefix.replace(/^\/+|\/+$/g, '')}` : '';
}
