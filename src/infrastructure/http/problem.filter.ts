import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../../domain/shared/errors';
import { ConcurrencyError } from '../event-store/event-store.port';
import { problem, PROBLEM_CONTENT_TYPE, ProblemException, type Problem } from './problem';

const DOMAIN_STATUS = { rule: 422, state: 409, not_found: 404 } as const;

/** Every error leaves as application/problem+json; unexpected ones are logged and never leak details. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = this.toProblem(exception, request);
    if (body.status >= 500) {
      this.logger.error(
        { err: exception, requestId: request.id, url: request.originalUrl },
        'unhandled error',
      );
    } else if (body.status === 401 || body.status === 403) {
      this.logger.warn(
        {
          requestId: request.id,
          method: request.method,
          url: request.originalUrl,
          status: body.status,
        },
        'refused request',
      );
    }
    if (response.headersSent) return;
    if (typeof body.retryAfterSeconds === 'number')
      response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, request: Request & { id?: string }): Problem {
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
    const bodyParserError = exception as { type?: string; status?: number };
    if (bodyParserError.type === 'entity.parse.failed') {
      return problem(400, 'malformed_json', 'The request body is not valid JSON.');
    }
    if (bodyParserError.type === 'entity.too.large') {
      return problem(400, 'body_too_large', 'The request body is larger than 1 MiB.');
    }
    if (
      bodyParserError.type === 'encoding.unsupported' ||
      bodyParserError.type === 'charset.unsupported'
    ) {
      return problem(415, 'unsupported_encoding', 'The request body encoding is not supported.');
    }
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
    return problem(
      500,
      'internal_error',
      'An unexpected error occurred; it has been logged.',
      undefined,
      {
        requestId: request.id,
      },
    );
  }
}
