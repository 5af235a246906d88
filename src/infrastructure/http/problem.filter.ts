import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../../domain/shared/errors';
import {
  ConcurrencyError,
  EventsTooLargeError,
  StoreUnavailableError,
} from '../event-store/event-store.port';
import { ReadModelRebuilding } from '../projections/read-models';
import { bodyReadProblem } from './body-errors';
import { problem, PROBLEM_CONTENT_TYPE, ProblemException, type Problem } from './problem';
import { isStorageFull } from './storage-full';

const DOMAIN_STATUS = { rule: 422, state: 409, not_found: 404, forbidden: 403 } as const;

/** How long a client should wait before retrying a write the full storage refused. */
export const STORAGE_FULL_RETRY_AFTER_SECONDS = 60;

type ProblemRequest = Request & { id?: string };

const STORAGE_FULL = problem(
  503,
  'storage_full',
  "The service's storage is full; nothing was recorded. Retry later.",
  undefined,
  { retryAfterSeconds: STORAGE_FULL_RETRY_AFTER_SECONDS },
);

/** How long a client should wait before retrying when the event store has no leader or is unreachable. */
export const STORE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const STORE_UNAVAILABLE = problem(
  503,
  'store_unavailable',
  'The event store cannot be reached now; retry later.',
  undefined,
  { retryAfterSeconds: STORE_UNAVAILABLE_RETRY_AFTER_SECONDS },
);

const EVENTS_TOO_LARGE = problem(
  413,
  'events_too_large',
  'The request would record more data than the event store accepts at once; nothing was recorded.',
);

const INTERNAL_ERROR = problem(
  500,
  'internal_error',
  'An unexpected error occurred; it has been logged.',
);

/**
 * Every error leaves as application/problem+json. Only unexpected errors are logged with their
 * stack (at error, and their details never leak); a full storage is logged at error for the
 * operator, other answers the service chose (503 projections behind, 401, 403) at warn.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<ProblemRequest>();
    const body = this.toProblem(exception, request);
    this.log(exception, body, request);
    if (response.headersSent) return;
    if (typeof body.retryAfterSeconds === 'number')
      response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private log(exception: unknown, body: Problem, request: ProblemRequest): void {
    const context = {
      requestId: request.id,
      method: request.method,
      url: request.originalUrl,
      status: body.status,
      type: body.type,
    };
    if (body.type === INTERNAL_ERROR.type) {
      this.logger.error({ ...context, err: exception }, 'unhandled error');
    } else if (body.type === STORAGE_FULL.type) {
      const { code, message } = exception as { code?: unknown; message?: unknown };
      this.logger.error({ ...context, code, message }, 'storage full: the write was refused');
    } else if (body.status >= 500 || body.status === 401 || body.status === 403) {
      this.logger.warn(context, 'refused request');
    }
  }

  private toProblem(exception: unknown, request: ProblemRequest): Problem {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof DomainError) {
      return problem(
        DOMAIN_STATUS[exception.kind],
        exception.code,
        exception.message,
        exception.errors,
      );
    }
    if (exception instanceof ConcurrencyError) {
      return problem(
        409,
        'concurrent_modification',
        'The resource was changed by another request; retry.',
      );
    }
    if (isStorageFull(exception)) return STORAGE_FULL;
    if (exception instanceof StoreUnavailableError) return STORE_UNAVAILABLE;
    if (exception instanceof ReadModelRebuilding) {
      return problem(503, 'read_model_rebuilding', exception.message, undefined, {
        retryAfterSeconds: 5,
      });
    }
    if (exception instanceof EventsTooLargeError) return EVENTS_TOO_LARGE;
    const bodyProblem = bodyReadProblem(exception, request);
    if (bodyProblem) return bodyProblem;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response && 'message' in response
          ? String(Array.isArray(response.message) ? response.message.join('; ') : response.message)
          : exception.message;
      const code = status === 404 ? 'not_found' : `http_${status}`;
      return problem(
        status,
        code,
        status === 404 ? `No route ${request.method} ${request.path}` : message,
      );
    }
    return { ...INTERNAL_ERROR, requestId: request.id };
  }
}
