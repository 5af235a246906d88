import type { ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem';

/** `application/problem+json` (RFC 9457) as the ProblemFilter writes it. */
export const PROBLEM_SCHEMAS: Record<string, SchemaObject> = {
  ProblemFieldError: {
    type: 'object',
    required: ['field', 'message'],
    properties: {
      field: {
        type: 'string',
        description: 'The offending field (dotted path).',
        example: 'deaths',
      },
      message: { type: 'string', example: 'deaths must not be less than 0' },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: {
        type: 'string',
        description: 'A URN naming the kind of problem, `urn:safety:problem:<code>`.',
        example: 'urn:safety:problem:invalid_input',
      },
      title: { type: 'string', example: 'Bad Request' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string', example: 'The request is invalid.' },
      errors: {
        type: 'array',
        description: 'One entry per invalid field.',
        items: { $ref: '#/components/schemas/ProblemFieldError' },
      },
    },
    additionalProperties: true,
    description:
      'Every error answer. Extensions may be present (e.g. `retryAfterSeconds` on 429 and 503, ' +
      '`requestId` on 500).',
  },
};

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
};

interface ErrorSpec {
  description: string;
  example: ReturnType<typeof problem>;
  headers?: ResponseObject['headers'];
}

/** The errors the API answers, as the code classifies them (see API.md "Errors"). */
export const ERRORS: Record<number, ErrorSpec> = {
  400: {
    description:
      'Malformed or invalid input: unknown fields, wrong types, limits (strings ≤ 10,000 ' +
      'characters, arrays ≤ 1,000 items, body ≤ 1 MiB), and anywhere in the path, query or ' +
      'body a Unicode non-character, a lone surrogate, a control character other than tab, LF ' +
      'and CR, or the key `__proto__`, `constructor` or `prototype`; `errors` lists each field.',
    example: problem(400, 'invalid_input', 'The request is invalid.', [
      { field: 'deaths', message: 'deaths must not be less than 0' },
    ]),
  },
  401: {
    description: 'No valid bearer token.',
    example: problem(
      401,
      'unauthenticated',
      'A valid bearer token is required (Authorization: Bearer <token>).',
    ),
  },
  403: {
    description: "The token's role or scope does not allow this action.",
    example: problem(403, 'out_of_scope', 'unit T2 is not within your scope'),
  },
  404: {
    description: 'Unknown resource.',
    example: problem(404, 'not_found', 'No incident I-404.'),
  },
  409: {
    description:
      'Version conflict, or a create repeated with the same id (or Idempotency-Key) and a ' +
      'different body, or a repeat of an Idempotency-Key request whose answer was too large to ' +
      'keep (`idempotent_answer_not_kept`, with `answeredStatus`).',
    example: problem(409, 'duplicate_id', 'incident I-1 already exists with different content.'),
  },
  415: {
    description:
      'The body is in a Content-Encoding the service does not read (it reads gzip, deflate and ' +
      'br), or does not decode in the one it declares.',
    example: problem(
      415,
      'undecodable_body',
      'The request body is not valid gzip data (Content-Encoding).',
    ),
  },
  422: {
    description: 'A domain rule refuses the command.',
    example: problem(422, 'not_rectified', 'hazard H-1 has no rectification to verify'),
  },
  429: {
    description: 'Too many failed authentications from this client; retry later.',
    example: problem(
      429,
      'too_many_failed_authentications',
      'Too many failed authentications; retry later.',
      undefined,
      { retryAfterSeconds: 30 },
    ),
    headers: RETRY_AFTER,
  },
  500: {
    description:
      'An unexpected failure (a bug or a store failure): nothing is half-recorded; the problem ' +
      'carries a `requestId` to find it in the log.',
    example: problem(500, 'internal_error', 'An unexpected error occurred.', undefined, {
      requestId: 'req-1',
    }),
  },
  503: {
    description:
      'With `minPosition`: the read models did not reach that position within 5 s; on a ' +
      'write: the storage is full and nothing was recorded (`storage_full`); the event store ' +
      'cannot be reached or has no leader (`store_unavailable`); a read model that this version ' +
      'is still rebuilding after an upgrade (`read_model_rebuilding`). Retry after `Retry-After`.',
    example: problem(
      503,
      'projections_behind',
      'The read models have not reached position 42 yet; retry.',
    ),
    headers: RETRY_AFTER,
  },
};

export function errorResponse(status: number, description?: string): ResponseObject {
  const spec = ERRORS[status];
  return {
    description: description ?? spec.description,
    ...(spec.headers ? { headers: spec.headers } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF, example: spec.example } },
  };
}
