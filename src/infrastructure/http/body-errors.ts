import type { Request } from 'express';
import { problem, type Problem } from './problem';

interface BodyReadError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
}

const declaredEncoding = (request: Request) =>
  (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();

/**
 * The problem for an error of reading the request body (body-parser and raw-body mark theirs
 * with `type`; a body that does not decode in its Content-Encoding comes as an untyped 400).
 */
export function bodyReadProblem(error: unknown, request: Request): Problem | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { type, status, expose } = error as BodyReadError;
  switch (type) {
    case 'entity.parse.failed':
      return problem(400, 'malformed_json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return problem(400, 'body_too_large', 'The request body is larger than 1 MiB.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return problem(415, 'unsupported_encoding', 'The request body encoding is not supported.');
  }
  if (typeof status !== 'number' || typeof expose !== 'boolean') return undefined;
  if (type === undefined && status === 400 && declaredEncoding(request) !== 'identity') {
    return problem(
      415,
      'undecodable_body',
      `The request body is not valid ${declaredEncoding(request)} data (Content-Encoding).`,
    );
  }
  if (status >= 400 && status < 500) {
    return problem(400, 'unreadable_body', 'The request body could not be read.');
  }
  return undefined;
}
