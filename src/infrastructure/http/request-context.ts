import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Gives each request an id (or keeps a sane X-Request-Id) and logs it when it finishes. */
export function requestContext(logger: Logger) {
  return (request: Request & { id?: string }, response: Response, next: NextFunction): void => {
    const incoming = request.header('x-request-id');
    request.id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader('X-Request-Id', request.id);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      logger.info(
        {
          requestId: request.id,
          method: request.method,
          url: request.originalUrl,
          status: response.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}
