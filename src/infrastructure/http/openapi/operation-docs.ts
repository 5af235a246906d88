import { SetMetadata } from '@nestjs/common';

export const OPERATION_DOCS = 'openapi:operation';

/** A worked example of an operation: its request body and its answer. */
export interface OperationExamples {
  request?: unknown;
  response?: unknown;
}

/**
 * One request of the worked example: the steps of every operation, in `step` order, run on an
 * empty store, answer exactly their `response` (a test runs them).
 */
export interface ExampleStep {
  step: number;
  /** What the step does, with the Chinese term where there is one. */
  summary: string;
  /** The request's path under the API prefix (its parameters filled in). */
  path: string;
  request?: unknown;
  response?: unknown;
}

/** What the OpenAPI document says of one controller method beyond what Nest and the DTOs tell. */
export interface OperationDocs {
  /** With the Chinese term where the domain has one. */
  summary: string;
  /** The JSON answer's schema, by name (`ApiAnswers` in modules/contract). */
  answer?: string;
  /** The roles allowed (absent on a public operation). */
  roles?: readonly string[];
  /** Needs no token. */
  public?: boolean;
  examples?: OperationExamples | readonly ExampleStep[];
  /** What a body without a DTO class holds (one the domain validates). */
  body?: string;
  /** The answer is a stream of server-sent events (`text/event-stream`): what each one holds. */
  events?: string;
}

/** Set by `@Route` (modules/auth), which declares a route once for the guard and the document. */
export const ApiDocs = (docs: OperationDocs): MethodDecorator => SetMetadata(OPERATION_DOCS, docs);

export const operationDocsOf = (handler: object): OperationDocs | undefined =>
  Reflect.getMetadata(OPERATION_DOCS, handler) as OperationDocs | undefined;
